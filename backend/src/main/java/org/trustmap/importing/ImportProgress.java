package org.trustmap.importing;

/** Told how far a long import has got. */
@FunctionalInterface
public interface ImportProgress {

    void wrote(String what, int done, int total);

    ImportProgress NONE = (what, done, total) -> {
    };
}
