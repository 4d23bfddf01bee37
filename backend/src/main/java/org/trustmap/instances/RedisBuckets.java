package org.trustmap.instances;

import java.time.Duration;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.springframework.beans.factory.DisposableBean;
import org.trustmap.web.SharedBuckets;

/**
 * Rate-limit buckets in Redis (Bucket4j's compare-and-swap over Lettuce), one key per client. Redis
 * forgets a bucket once it would have filled up again, as the in-memory limit does. The connection is
 * made at the first request, not at start-up, so that an instance starts (and serves, failing open or
 * closed) while Redis is away; once made, Lettuce reconnects by itself.
 */
final class RedisBuckets implements SharedBuckets, DisposableBean {

    private static final String PREFIX = "trustmap:rate-limit:";
    private static final long CONNECT_AGAIN_AFTER = Duration.ofSeconds(1).toNanos();

    private final RedisClient client;
    private final Duration timeout;
    private final String address;
    private StatefulRedisConnection<String, byte[]> connection;
    private volatile ProxyManager<String> buckets;
    private long lastFailedConnect;

    RedisBuckets(RedisClient client, Duration timeout, String address) {
        this.client = client;
        this.timeout = timeout;
        this.address = address;
    }

    @Override
    public ConsumptionProbe tryConsume(String client, BucketConfiguration configuration, long tokens) {
        return buckets().builder().build(client, () -> configuration).tryConsumeAndReturnRemaining(tokens);
    }

    @Override
    public String describe() {
        return "Redis at " + address;
    }

    /** Connects once; after a failed attempt, requests are not held by another for a second. */
    private ProxyManager<String> buckets() {
        ProxyManager<String> known = buckets;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (buckets == null) {
                if (lastFailedConnect != 0 && System.nanoTime() - lastFailedConnect < CONNECT_AGAIN_AFTER) {
                    throw new RedisConnectionException("Not connected to " + describe() + " (the last attempt failed)");
                }
                try {
                    connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
                }
                catch (RuntimeException ex) {
                    lastFailedConnect = System.nanoTime();
                    throw ex;
                }
                ProxyManager<String> proxies = Bucket4jLettuce.casBasedBuilder(connection)
                        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                        .requestTimeout(timeout)
                        .build();
                buckets = proxies.withMapper(key -> PREFIX + key);
            }
            return buckets;
        }
    }

    @Override
    public synchronized void destroy() {
        if (connection != null) {
            connection.close();
        }
    }
}
