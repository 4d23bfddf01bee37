package org.trustmap.instances;

import java.time.Duration;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.api.StatefulRedisConnection;
import org.trustmap.web.SharedBuckets;

/**
 * Rate-limit buckets in Redis (Bucket4j's compare-and-swap over Lettuce), one key per client. Redis
 * forgets a bucket once it would have filled up again, as the in-memory limit does.
 */
final class RedisBuckets implements SharedBuckets {

    private static final String PREFIX = "trustmap:rate-limit:";

    private final ProxyManager<String> buckets;
    private final String address;

    RedisBuckets(StatefulRedisConnection<String, byte[]> connection, Duration timeout, String address) {
        ProxyManager<String> proxies = Bucket4jLettuce.casBasedBuilder(connection)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .requestTimeout(timeout)
                .build();
        this.buckets = proxies.withMapper(client -> PREFIX + client);
        this.address = address;
    }

    @Override
    public ConsumptionProbe tryConsume(String client, BucketConfiguration configuration, long tokens) {
        return buckets.builder().build(client, () -> configuration).tryConsumeAndReturnRemaining(tokens);
    }

    @Override
    public String describe() {
        return "Redis at " + address;
    }
}
