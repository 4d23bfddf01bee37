package org.trustmap.importing;

import org.neo4j.driver.Value;

/** Graph values as the file format writes them: dates as ISO text, everything else as plain Java. */
final class FileFormatValues {

    private FileFormatValues() {
    }

    static Object plain(Value value) {
        if (value.isNull()) {
            return null;
        }
        return switch (value.type().name()) {
            case "DATE" -> value.asLocalDate().toString();
            case "LIST" -> value.asList(FileFormatValues::plain);
            case "MAP" -> value.asMap(FileFormatValues::plain);
            default -> value.asObject();
        };
    }
}
