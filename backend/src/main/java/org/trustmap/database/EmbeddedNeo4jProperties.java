package org.trustmap.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the in-process Neo4j, used only when no {@code spring.neo4j.uri} is set.
 *
 * @param enabled          start Neo4j in-process when no external server is configured
 * @param directory        where the database files live; a second start finds the data of the first
 * @param boltPort         Bolt port on 127.0.0.1 (0 picks a free one)
 * @param pageCache        off-heap cache of store files; Neo4j would otherwise take half the machine's RAM
 * @param transactionMemory upper bound of heap that all running transactions may use together
 * @param password         password of the {@code neo4j} user for outside Bolt clients; random per start if empty
 */
@ConfigurationProperties("trustmap.neo4j.embedded")
public record EmbeddedNeo4jProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("data/neo4j") Path directory,
        @DefaultValue("7687") int boltPort,
        @DefaultValue("128MB") DataSize pageCache,
        @DefaultValue("512MB") DataSize transactionMemory,
        String password) {
}
