package org.trustmap.support;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Points every Spring test context at {@link SharedNeo4j} through the ordinary {@code spring.neo4j.*}
 * properties, as an operator points the application at an external server. Test classes marked
 * {@link WithoutSharedNeo4j} bring their own database.
 */
class SharedNeo4jContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        if (TestContextAnnotationUtils.hasAnnotation(testClass, WithoutSharedNeo4j.class)) {
            return null;
        }
        return new SharedNeo4jCustomizer();
    }

    private static final class SharedNeo4jCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            var neo4j = SharedNeo4j.get();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("sharedNeo4j", Map.of(
                    "spring.neo4j.uri", neo4j.boltUri().toString(),
                    "spring.neo4j.authentication.username", neo4j.user(),
                    "spring.neo4j.authentication.password", neo4j.password())));
        }

        // Equal customizers let Spring reuse one application context across test classes.
        @Override
        public boolean equals(Object other) {
            return other instanceof SharedNeo4jCustomizer;
        }

        @Override
        public int hashCode() {
            return SharedNeo4jCustomizer.class.hashCode();
        }
    }
}
