package org.trustmap.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/**
 * For tests outside this package: the problems the import's reader finds in one record of a section, read
 * from real files (network.json, listing one source, or bodies.csv for bodies) in a folder of its own. No
 * database; of the whole-dataset checks only the source's is run (the record's references lead nowhere).
 */
public final class ImportFieldChecks {

    private static final Map<String, Object> AUTHORITY = Map.of("id", "authority:E10999999", "name", "Testshire",
            "onsCode", "E10999999", "kind", "COUNTY");

    /** The one source the file lists. */
    public static final String LISTED_SOURCE = "test";

    private ImportFieldChecks() {
    }

    /**
     * @param section the name of a JSON section (people, posts, memberships, partnerships...) or "bodies"
     * @return "field: message" for each problem of that record
     */
    public static List<String> problems(Path folder, String section, Map<String, Object> record) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", FileFormat.FORMAT);
        document.put("formatVersion", FileFormat.VERSION);
        document.put("authority", AUTHORITY);
        document.put("sources", List.of(Map.of("id", LISTED_SOURCE, "title", "A source the tests list")));
        try {
            Files.createDirectories(folder);
            String location;
            String file;
            if (section.equals(FileFormat.BODIES.name())) {
                document.put("files", Map.of("bodies", "bodies.csv"));
                List<String> columns = FileFormat.BODIES.fields().stream().map(org.trustmap.fields.EntityField::name).toList();
                Files.writeString(folder.resolve("bodies.csv"), String.join(",", columns) + "\n" + columns.stream()
                        .map(c -> String.valueOf(record.getOrDefault(c, ""))).collect(Collectors.joining(",")) + "\n");
                file = "bodies.csv";
                location = "line 2";
            }
            else {
                document.put(section, List.of(record));
                file = DatasetLocation.MANIFEST;
                location = "$." + section + "[0]";
            }
            Files.writeString(folder.resolve(DatasetLocation.MANIFEST), JsonMapper.builder().build()
                    .writeValueAsString(document));
            Problems problems = new Problems();
            Dataset dataset = new DatasetReader(DatasetLocation.of(folder.toString()), problems).read();
            // Of the whole-dataset checks only the source's: the record's references lead nowhere here.
            Problems wholeDataset = new Problems();
            new DatasetChecks(dataset, Set.of(), Set.of(), wholeDataset).run();
            try {
                wholeDataset.throwIfAny();
            }
            catch (InvalidDatasetException ex) {
                ex.problems().stream().filter(p -> "source".equals(p.field()))
                        .forEach(p -> problems.add(p.file(), p.location(), p.field(), p.message()));
            }
            try {
                problems.throwIfAny();
                return List.of();
            }
            catch (InvalidDatasetException ex) {
                return ex.problems().stream().filter(p -> file.equals(p.file()) && location.equals(p.location()))
                        .map(p -> p.field() + ": " + p.message()).toList();
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
