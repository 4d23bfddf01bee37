package org.trustmap.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when {@code spring.neo4j.uri} is not set: then trustmap runs its own Neo4j. */
class NoExternalNeo4jConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String uri = context.getEnvironment().getProperty("spring.neo4j.uri");
        return uri == null || uri.isBlank();
    }
}
