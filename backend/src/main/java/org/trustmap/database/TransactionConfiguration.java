package org.trustmap.database;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;

/**
 * Spring Data Neo4j's transaction manager and client, as Boot's data-neo4j auto-configuration would make
 * them (it steps back for these), with a bookmark manager that starts each transaction from the bookmarks
 * of the driver's own manager, the one {@code driver.executableQuery} reads use; {@link ReadYourWrites}
 * hands each commit's bookmarks back to it. So reads and writes wait for each other.
 */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

    @Bean
    Neo4jBookmarkManager neo4jBookmarkManager(Driver driver) {
        // Spring Data Neo4j's manager is a sealed interface: seeded from the driver's, not an adapter over it.
        return Neo4jBookmarkManager.create(driver.executableQueryBookmarkManager()::getBookmarks);
    }

    @Bean
    Neo4jTransactionManager transactionManager(Driver driver, DatabaseSelectionProvider databases,
            Neo4jBookmarkManager bookmarks, ObjectProvider<TransactionManagerCustomizers> customizers) {
        Neo4jTransactionManager manager = Neo4jTransactionManager.with(driver).withDatabaseSelectionProvider(databases)
                .withBookmarkManager(bookmarks).build();
        customizers.ifAvailable(each -> each.customize(manager));
        return manager;
    }

    @Bean
    Neo4jClient neo4jClient(Driver driver, DatabaseSelectionProvider databases, Neo4jBookmarkManager bookmarks) {
        return Neo4jClient.with(driver).withDatabaseSelectionProvider(databases).withNeo4jBookmarkManager(bookmarks).build();
    }
}
