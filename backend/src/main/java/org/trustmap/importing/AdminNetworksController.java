package org.trustmap.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Whole authorities in and out, for admins (see SecurityConfiguration): import a zip of an authority's
 * network folder, export one as such a zip, or as Popolo JSON.
 */
@RestController
@RequestMapping("/api/admin/networks")
class AdminNetworksController {

    private static final long MAX_UNZIPPED = 200L << 20;

    private final NetworkImporter importer;
    private final NetworkExporter exporter;
    private final PopoloExporter popolo;

    AdminNetworksController(NetworkImporter importer, NetworkExporter exporter, PopoloExporter popolo) {
        this.importer = importer;
        this.exporter = exporter;
        this.popolo = popolo;
    }

    /** The body is a zip of network.json and its CSV files. */
    @PostMapping(consumes = { "application/zip", MediaType.APPLICATION_OCTET_STREAM_VALUE })
    Map<String, Object> importNetwork(InputStream zip, Principal admin) throws IOException {
        Path folder = Files.createTempDirectory("trustmap-import");
        try {
            unzip(zip, folder);
            ImportReport report = importer.importDataset(DatasetLocation.of(folder.toString()), ImportProgress.NONE,
                    admin.getName());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("authority", report.authority());
            body.put("nodes", report.nodes());
            body.put("relationships", report.relationships());
            body.put("milliseconds", report.took().toMillis());
            return body;
        }
        finally {
            delete(folder);
        }
    }

    @GetMapping("/{authority}")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String authority) throws IOException {
        Path folder = Files.createTempDirectory("trustmap-export");
        exporter.export(authority, folder);
        StreamingResponseBody body = out -> {
            try {
                zip(folder, out);
            }
            finally {
                delete(folder);
            }
        };
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + authority.replace(':', '-') + ".zip\"")
                .contentType(MediaType.parseMediaType("application/zip")).body(body);
    }

    @GetMapping(value = "/{authority}/popolo", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> exportPopolo(@PathVariable String authority) throws IOException {
        Path file = Files.createTempFile("trustmap-popolo", ".json");
        try {
            popolo.export(authority, file);
            return ResponseEntity.ok(Files.readAllBytes(file));
        }
        finally {
            Files.deleteIfExists(file);
        }
    }

    @ExceptionHandler(InvalidDatasetException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidDatasetException ex) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Map.of("message",
                "Nothing was imported: the files have problems.", "problems", ex.problems()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> notFound(IllegalArgumentException ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", ex.getMessage()));
    }

    /** Files straight into the folder only (no paths), and no more than a national import could need. */
    private static void unzip(InputStream zip, Path folder) throws IOException {
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(zip)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = Path.of(entry.getName()).getFileName().toString();
                try (OutputStream out = Files.newOutputStream(folder.resolve(name))) {
                    byte[] buffer = new byte[8192];
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        total += n;
                        if (total > MAX_UNZIPPED) {
                            throw new IOException("the zip unpacks to more than " + (MAX_UNZIPPED >> 20) + " MB");
                        }
                        out.write(buffer, 0, n);
                    }
                }
            }
        }
    }

    private static void zip(Path folder, OutputStream body) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(body); Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                out.putNextEntry(new ZipEntry(file.getFileName().toString()));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
