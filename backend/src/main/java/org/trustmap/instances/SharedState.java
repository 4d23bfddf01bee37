package org.trustmap.instances;

import java.time.Duration;
import java.util.EnumSet;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import jakarta.servlet.DispatcherType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * State that more than one instance must share, in Redis, once {@code trustmap.redis.url} is set:
 * rate-limit buckets ({@link RedisBuckets}) and browser sessions (Spring Session), so that a client is
 * limited, and signed in, on every instance alike. Without the setting none of this exists and both stay
 * in this process's memory, as for one instance. Spring Boot's Redis auto-configuration is not on the
 * class path on purpose: it would make a Redis connection (and a health check failing without one)
 * whether or not Redis is wanted.
 *
 * <p>Redis is given little time ({@code trustmap.redis.timeout}) and commands fail at once while it is
 * away, so that a request is never held waiting for it: the rate limit then fails open or closed
 * ({@code trustmap.rate-limit.redis-failure}), a request with a session gets a plain 503
 * ({@link SessionStoreDown}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${trustmap.redis.url:}'.isBlank()")
@EnableRedisHttpSession(redisNamespace = "trustmap:session")
class SharedState {

    private static final Logger log = LoggerFactory.getLogger(SharedState.class);

    @Bean(destroyMethod = "shutdown")
    RedisClient redisClient(@Value("${trustmap.redis.url}") String url,
            @Value("${trustmap.redis.timeout:2s}") Duration timeout) {
        RedisURI uri = uri(url, timeout);
        RedisClient client = RedisClient.create(uri);
        client.setOptions(options());
        log.info("Sharing rate limits and sessions with the other instances in Redis at {}:{}", uri.getHost(), uri.getPort());
        return client;
    }

    @Bean
    RedisBuckets redisBuckets(RedisClient client, @Value("${trustmap.redis.url}") String url,
            @Value("${trustmap.redis.timeout:2s}") Duration timeout) {
        RedisURI uri = uri(url, timeout);
        return new RedisBuckets(client, timeout, uri.getHost() + ":" + uri.getPort());
    }

    /** Spring Session's connection: its own factory, with the same URL, timeout and fail-fast options. */
    @Bean
    LettuceConnectionFactory redisConnectionFactory(@Value("${trustmap.redis.url}") String url,
            @Value("${trustmap.redis.timeout:2s}") Duration timeout) {
        RedisURI uri = uri(url, timeout);
        LettuceClientConfiguration.LettuceClientConfigurationBuilder client = LettuceClientConfiguration.builder()
                .commandTimeout(timeout).clientOptions(options());
        if (uri.isSsl()) {
            client.useSsl();
        }
        return new LettuceConnectionFactory(LettuceConnectionFactory.createRedisConfiguration(uri), client.build());
    }

    /** As Spring Boot registers it: for every dispatch, so that async and error dispatches see the same session. */
    @Bean
    FilterRegistrationBean<SessionRepositoryFilter<?>> sessionRepositoryFilterRegistration(SessionRepositoryFilter<?> filter) {
        FilterRegistrationBean<SessionRepositoryFilter<?>> registration = new FilterRegistrationBean<>(filter);
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.ASYNC, DispatcherType.ERROR, DispatcherType.REQUEST));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SessionStoreDown> sessionStoreDownRegistration() {
        FilterRegistrationBean<SessionStoreDown> registration = new FilterRegistrationBean<>(new SessionStoreDown());
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.ASYNC, DispatcherType.ERROR, DispatcherType.REQUEST));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    /** The session cookie as server.servlet.session.cookie.* has it for one instance: not for scripts, same site. */
    @Bean
    CookieSerializer sessionCookie() {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        return cookie;
    }

    private static RedisURI uri(String url, Duration timeout) {
        RedisURI uri = RedisURI.create(url.trim());
        uri.setTimeout(timeout);
        return uri;
    }

    private static ClientOptions options() {
        return ClientOptions.builder().disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).build();
    }
}
