package org.trustmap.importing;

import java.util.List;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the networks shipped with trustmap (Hampshire, Kent) into a graph that holds no authority yet,
 * so a first start has something to show. A graph with any authority is left as it is: an officer who
 * removed one does not see it come back. Reload with the {@code import} command.
 */
@Component
@Order(1)
class BundledDatasets implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BundledDatasets.class);

    private final NetworkImporter importer;
    private final Driver driver;
    private final List<String> locations;
    private final boolean enabled;

    BundledDatasets(NetworkImporter importer, Driver driver,
            @Value("${trustmap.datasets.bundled:classpath:datasets/hampshire,classpath:datasets/kent,classpath:datasets/shropshire,classpath:datasets/barking-and-dagenham,classpath:datasets/north-east-lincolnshire}") List<String> locations,
            @Value("${trustmap.datasets.load-bundled:true}") boolean enabled) {
        this.importer = importer;
        this.driver = driver;
        this.locations = locations;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || graphHoldsAnAuthority()) {
            return;
        }
        for (String location : locations) {
            log.info("First start: loading the bundled network {}", location);
            importer.importDataset(DatasetLocation.of(location), (what, done, total) -> {
                if (done == total && total > 1000) {
                    log.info("  {} {}", total, what);
                }
            });
        }
    }

    private boolean graphHoldsAnAuthority() {
        return driver.executableQuery("MATCH (a:Authority) WHERE a.dataset IS NOT NULL RETURN count(a) > 0 AS any").execute().records().getFirst()
                .get("any").asBoolean();
    }
}
