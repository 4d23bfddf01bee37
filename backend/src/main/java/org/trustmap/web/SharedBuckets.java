package org.trustmap.web;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Rate-limit buckets kept outside this instance, so that every instance counts a client's requests
 * against the same allowance (org.trustmap.instances: Redis, when {@code trustmap.redis.url} is set).
 */
public interface SharedBuckets {

    /**
     * Takes {@code tokens} from the client's bucket, made with {@code configuration} if it has none yet.
     *
     * @throws RuntimeException when the store does not answer in time
     */
    ConsumptionProbe tryConsume(String client, BucketConfiguration configuration, long tokens);

    /** What to call the store in a log line. */
    String describe();
}
