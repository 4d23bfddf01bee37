package org.trustmap.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustmap.scale.NetworkGenerator;

/**
 * Every authority of the generated national dataset passes the importer's reading and checks, the same
 * ones an import runs before it writes anything (no database needed for that).
 */
class GeneratedNetworkValidationTest {

    static final Path SOURCES = Path.of("../datasets/sources");
    static final Set<String> OUTCOMES = Set.of("outcome:be-healthy", "outcome:stay-safe", "outcome:enjoy-and-achieve",
            "outcome:make-a-positive-contribution", "outcome:achieve-economic-well-being");

    @TempDir
    static Path folder;

    static NetworkGenerator.Summary summary;

    @BeforeAll
    static void generateNational() {
        summary = NetworkGenerator.of("national", SOURCES).generate(folder, 7);
    }

    @Test
    void everyGeneratedAuthorityPassesTheImportChecks() {
        List<String> problems = new ArrayList<>();
        for (Path authority : FolderImport.authorityFolders(folder)) {
            Problems found = new Problems();
            Dataset data = new DatasetReader(DatasetLocation.of(authority.toString()), found).read();
            if (data != null) {
                new DatasetChecks(data, OUTCOMES, Set.of(), found).run();
            }
            try {
                found.throwIfAny();
            }
            catch (InvalidDatasetException ex) {
                problems.add(authority.getFileName() + ": " + ex.getMessage());
            }
        }
        assertThat(FolderImport.authorityFolders(folder)).hasSize(151);
        assertThat(problems).isEmpty();
    }

    @Test
    void theNationalSizeHasTheVolumesAskedFor() {
        assertThat(summary.counts().get("voluntaryBodies")).isBetween(55_000, 65_000);
        assertThat(summary.counts().get("people")).isBetween(22_000, 28_000);
        assertThat(summary.counts().get("memberships")).isBetween(135_000, 165_000);
        assertThat(summary.counts().get("partnerships")).isBetween(2_700, 3_300);
        assertThat(summary.counts().get("schools")).isGreaterThan(19_000);
    }

    @Test
    void bundledAuthoritiesAreLeftOutSoTheirIdsStayTheirs() {
        assertThat(summary.authorities()).doesNotContain("E10000014", "E10000016").contains("E06000045", "E09000033");
    }
}
