package org.trustmap.stewardship;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * So many corrections an hour from one client address (the API's rate limit counts requests; this counts
 * stored corrections, which an editor has to read). Addresses are held in memory only, never stored.
 */
@Component
class CorrectionLimit {

    private final long perHour;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofHours(2)).build();

    CorrectionLimit(@Value("${trustmap.corrections.per-address-per-hour:10}") long perHour) {
        this.perHour = Math.max(1, perHour);
    }

    private Bucket bucket(String address) {
        return buckets.get(address, key -> Bucket.builder().addLimit(Bandwidth.builder().capacity(perHour)
                .refillGreedy(perHour, Duration.ofHours(1)).build()).build());
    }

    /** Minutes until the address may send another, or 0 when it may now. */
    long minutesToWait(String address) {
        long nanos = bucket(address).estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return nanos <= 0 ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toMinutes(nanos) + 1);
    }

    /** Counts one stored correction; false when the address has none left. */
    boolean take(String address) {
        return bucket(address).tryConsume(1);
    }
}
