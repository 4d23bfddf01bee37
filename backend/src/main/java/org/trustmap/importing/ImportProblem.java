package org.trustmap.importing;

/**
 * One thing wrong with an import, pinned to where it is: the file, the place in it (a CSV line or a
 * JSON path) and the field.
 */
public record ImportProblem(String file, String location, String field, String message) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (location != null) {
            text.append(' ').append(location);
        }
        if (field != null) {
            text.append(", field ").append(field);
        }
        return text.append(": ").append(message).toString();
    }
}
