package org.trustmap.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
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

    /**
     * The body is a zip of network.json and its CSV files. It goes to a file first (never held in memory),
     * is unpacked next to it, and both are deleted whatever happens (and, after a crash, at the next start).
     */
    @PostMapping(consumes = { "application/zip", MediaType.APPLICATION_OCTET_STREAM_VALUE })
    Map<String, Object> importNetwork(InputStream body, Principal admin) throws IOException {
        Path upload = TempFolders.folder("import");
        try {
            Path zip = upload.resolve("upload.zip");
            Files.copy(body, zip);
            Path folder = Files.createDirectory(upload.resolve("network"));
            unzip(zip, folder);
            ImportReport report = importer.importDataset(new DatasetLocation.Uploaded(folder), ImportProgress.NONE,
                    admin.getName());
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("authority", report.authority());
            answer.put("nodes", report.nodes());
            answer.put("relationships", report.relationships());
            answer.put("milliseconds", report.took().toMillis());
            return answer;
        }
        finally {
            TempFolders.delete(upload);
        }
    }

    @GetMapping("/{authority}")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String authority) throws IOException {
        Path folder = TempFolders.folder("export");
        exporter.export(authority, folder);
        StreamingResponseBody body = out -> {
            try {
                zip(folder, out);
            }
            finally {
                TempFolders.delete(folder);
            }
        };
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + authority.replace(':', '-') + ".zip\"")
                .contentType(MediaType.parseMediaType("application/zip")).body(body);
    }

    @GetMapping(value = "/{authority}/popolo", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> exportPopolo(@PathVariable String authority) throws IOException {
        Path file = TempFolders.file("popolo", ".json");
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

    @ExceptionHandler(UnreadableZipException.class)
    ResponseEntity<Map<String, Object>> unreadable(UnreadableZipException ex) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Map.of("message",
                "Nothing was imported: " + ex.getMessage() + "."));
    }

    /** Files straight into the folder only (no paths), and no more than a national import could need. */
    private static void unzip(Path zip, Path folder) throws IOException {
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
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
                            throw new UnreadableZipException("the zip unpacks to more than " + (MAX_UNZIPPED >> 20)
                                    + " MB");
                        }
                        out.write(buffer, 0, n);
                    }
                }
            }
        }
        catch (ZipException | java.io.EOFException ex) {
            throw new UnreadableZipException("the body is not a readable zip file");
        }
    }

    /** The upload is not a zip we can unpack: said plainly, with no server paths. */
    static final class UnreadableZipException extends RuntimeException {

        UnreadableZipException(String message) {
            super(message, null, false, false);
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
}
