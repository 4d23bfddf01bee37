package org.trustmap.importing;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one import; all of them are reported at once. */
final class Problems {

    /** Past this many the rest are counted, not listed: a wrong file can have a problem per row. */
    static final int LISTED = 500;

    private final List<ImportProblem> listed = new ArrayList<>();
    private int count;

    void add(String file, String location, String field, String message) {
        count++;
        if (listed.size() < LISTED) {
            listed.add(new ImportProblem(file, location, field, message));
        }
    }

    /** The problems listed so far, in the order found. */
    List<ImportProblem> listed() {
        return List.copyOf(listed);
    }

    int count() {
        return count;
    }

    boolean isEmpty() {
        return count == 0;
    }

    void throwIfAny() {
        if (count == 0) {
            return;
        }
        List<ImportProblem> all = new ArrayList<>(listed);
        if (count > listed.size()) {
            all.add(new ImportProblem("(all files)", null, null, (count - listed.size()) + " more problems not listed"));
        }
        throw new InvalidDatasetException(all);
    }
}
