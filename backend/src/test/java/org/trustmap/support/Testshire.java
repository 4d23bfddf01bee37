package org.trustmap.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.trustmap.importing.DatasetLocation;
import org.trustmap.importing.ImportProgress;
import org.trustmap.importing.NetworkImporter;

/** Testshire, the small invented authority of the test resources: imported fresh, removed after. */
public final class Testshire {

    public static final String ID = "authority:E10999999";

    private Testshire() {
    }

    /** Copies the Testshire files into a new folder, for tests that change them. */
    public static Path copy() {
        try {
            Path folder = Files.createTempDirectory("testshire");
            for (String file : List.of("network.json", "bodies.csv", "schools.csv", "school-clusters.csv", "postcodes.csv")) {
                Files.copy(new ClassPathResource("datasets/testshire/" + file).getInputStream(), folder.resolve(file));
            }
            return folder;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public static void load(NetworkImporter importer) {
        importer.importDataset(DatasetLocation.of(copy().toString()), ImportProgress.NONE);
    }
}
