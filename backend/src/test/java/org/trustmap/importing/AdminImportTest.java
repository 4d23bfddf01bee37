package org.trustmap.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trustmap.support.GraphFingerprint;

/**
 * Whole authorities through the admin endpoint: Hampshire's own export (far above the GraphQL request
 * limit) imports back to the same graph; a refused upload shows no server path; uploads never outlive
 * their request, and those of a process killed with kill -9 are deleted at the next start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminImportTest {

    static final String HAMPSHIRE = "authority:E10000014";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @BeforeAll
    static void hampshire(@Autowired NetworkImporter importer) {
        if (!importer.isImported(HAMPSHIRE)) {
            importer.importDataset(DatasetLocation.of("classpath:datasets/hampshire"), ImportProgress.NONE);
        }
    }

    @Test
    void hampshiresOwnExportImportsBackUnchanged() throws Exception {
        List<String> before = GraphFingerprint.of(driver, HAMPSHIRE);
        HttpResponse<byte[]> export = HTTP.send(admin("/api/admin/networks/" + HAMPSHIRE).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body().length).as("bytes of the zip").isGreaterThan(300_000);

        HttpResponse<String> imported = upload(export.body());

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).contains("\"authority\":\"" + HAMPSHIRE + "\"");
        assertThat(GraphFingerprint.of(driver, HAMPSHIRE)).isEqualTo(before).hasSizeGreaterThan(1_000);
        assertThat(ourUploads()).isEmpty();
    }

    @Test
    void aRefusedUploadShowsNoServerPathAndLeavesNothingBehind() throws Exception {
        HttpResponse<String> missing = upload(zip("bodies.csv", "id,name\n"));
        HttpResponse<String> broken = upload(zip("network.json", "{\"authority\": "));
        HttpResponse<String> garbage = upload("not a zip at all".getBytes(StandardCharsets.UTF_8));

        for (HttpResponse<String> refused : List.of(missing, broken, garbage)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            assertThat(refused.body()).as(refused.body()).contains("Nothing was imported")
                    .doesNotContain(System.getProperty("java.io.tmpdir")).doesNotContain("trustmap-import");
        }
        assertThat(missing.body()).contains("network.json").contains("not found in the uploaded zip");
        assertThat(ourUploads()).isEmpty();
    }

    @Test
    void uploadsLeftByAProcessKilledMidwayAreDeletedAtTheNextStart(@TempDir Path tmp) throws Exception {
        Process killed = new ProcessBuilder("sleep", "60").start();
        Path leftover = Files.createDirectory(tmp.resolve(TempFolders.prefix("import", killed.toHandle()) + "123"));
        Files.writeString(Files.createDirectory(leftover.resolve("network")).resolve("network.json"), "{}");
        killed.destroyForcibly().waitFor();
        Path running = Files.createDirectory(tmp.resolve(TempFolders.prefix("import", ProcessHandle.current()) + "456"));
        Path earlier = Files.createDirectory(tmp.resolve("trustmap-import1234567890"));
        Files.setLastModifiedTime(earlier, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path unrelated = Files.createDirectory(tmp.resolve("someone-elses-folder"));

        assertThat(TempFolders.deleteLeftovers(tmp)).isEqualTo(2);

        assertThat(leftover).doesNotExist();
        assertThat(earlier).doesNotExist();
        assertThat(running).exists();
        assertThat(unrelated).exists();
    }

    private HttpResponse<String> upload(byte[] zip) throws Exception {
        return HTTP.send(admin("/api/admin/networks").header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder admin(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] zip(String name, String content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(name));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static List<Path> ourUploads() throws Exception {
        String prefix = TempFolders.prefix("import", ProcessHandle.current());
        try (var entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        }
    }
}
