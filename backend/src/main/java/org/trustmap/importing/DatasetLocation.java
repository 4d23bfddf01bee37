package org.trustmap.importing;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.springframework.core.io.ClassPathResource;

/**
 * Where the files of one authority's network are: a folder holding {@code network.json} and the CSV
 * files it names, on disk or (for the bundled datasets) on the classpath.
 */
public sealed interface DatasetLocation {

    String MANIFEST = "network.json";

    /** A folder path, or {@code classpath:datasets/hampshire}. */
    static DatasetLocation of(String spec) {
        if (spec.startsWith("classpath:")) {
            return new OnClasspath(spec.substring("classpath:".length()).replaceAll("^/+|/+$", ""));
        }
        Path path = Path.of(spec);
        if (path.getFileName() != null && path.getFileName().toString().equals(MANIFEST)) {
            path = path.getParent() == null ? Path.of(".") : path.getParent();
        }
        return new Folder(path);
    }

    Reader open(String fileName) throws IOException;

    record Folder(Path path) implements DatasetLocation {

        @Override
        public Reader open(String fileName) throws IOException {
            Path file = path.resolve(fileName).normalize();
            if (!file.startsWith(path.normalize())) {
                throw new NoSuchFileException(fileName, null, "files must be in the same folder as network.json");
            }
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return path.toAbsolutePath().toString();
        }
    }

    /** A folder unpacked from an upload: problems name its files, never where the server keeps them. */
    record Uploaded(Path path) implements DatasetLocation {

        @Override
        public Reader open(String fileName) throws IOException {
            try {
                return new Folder(path).open(fileName);
            }
            catch (NoSuchFileException ex) {
                throw new NoSuchFileException(fileName + " is not in the zip");
            }
        }

        @Override
        public String toString() {
            return "the uploaded zip";
        }
    }

    record OnClasspath(String folder) implements DatasetLocation {

        @Override
        public Reader open(String fileName) throws IOException {
            ClassPathResource resource = new ClassPathResource(folder + "/" + fileName);
            if (!resource.exists()) {
                throw new NoSuchFileException("classpath:" + folder + "/" + fileName);
            }
            return new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return "classpath:" + folder;
        }
    }
}
