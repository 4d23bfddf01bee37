package org.trustmap.importing;

import java.util.Arrays;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.trustmap.database.ReadYourWrites;

/**
 * Every postcode the graph holds before a Code-Point load, read once, so the load can tell for each row whether
 * to create it, update its own earlier copy or leave another dataset's alone without looking each of 1.7 million
 * up in the database. A postcode is a number ({@link #number}); its owner rides in the two lowest bits of a
 * sorted {@code long[]}: 14 MB for England.
 */
final class HeldPostcodes {

    enum Holder {
        /** not in the graph: create it */
        NONE,
        /** an earlier Code-Point load's, in use: update it */
        THIS_DATASET,
        /** an earlier Code-Point load's, marked retired: update it and lift the mark */
        THIS_DATASET_RETIRED,
        /** another dataset's (a bundled authority's): leave it as it is */
        ANOTHER_DATASET
    }

    private static final Holder[] HOLDERS = Holder.values();

    private final long[] keys;

    private HeldPostcodes(long[] keys) {
        this.keys = keys;
    }

    static HeldPostcodes read(Driver driver, String dataset) {
        long[] keys = new long[1 << 16];
        int count = 0;
        // A session's streamed result, not executableQuery's list: every postcode held, millions of rows.
        try (var session = driver.session(ReadYourWrites.bookmarked(driver))) {
            var result = session.run("""
                    MATCH (p:Postcode)
                    RETURN p.code AS code, p.dataset = $dataset AS ours, p.retiredOn IS NOT NULL AS retired
                    """, Map.of("dataset", dataset));
            while (result.hasNext()) {
                Record row = result.next();
                Holder holder = !row.get("ours").asBoolean(false) ? Holder.ANOTHER_DATASET
                        : row.get("retired").asBoolean() ? Holder.THIS_DATASET_RETIRED : Holder.THIS_DATASET;
                if (count == keys.length) {
                    keys = Arrays.copyOf(keys, keys.length * 2);
                }
                keys[count++] = number(row.get("code").asString()) << 2 | holder.ordinal();
            }
        }
        long[] sorted = Arrays.copyOf(keys, count);
        Arrays.sort(sorted);
        return new HeldPostcodes(sorted);
    }

    Holder holder(String code) {
        long key = number(code) << 2;
        int at = Arrays.binarySearch(keys, key);
        int next = at >= 0 ? at : -at - 1;
        return next < keys.length && keys[next] >>> 2 == key >>> 2 ? HOLDERS[(int) (keys[next] & 3)] : Holder.NONE;
    }

    /**
     * A postcode as a number, base 37 over its letters and digits (at most 7 of them: below 2^37, so two bits
     * are left for its holder): to compare millions in little memory.
     */
    static long number(String code) {
        long n = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c != ' ') {
                n = n * 37 + (c >= 'A' ? c - 'A' + 1 : c - '0' + 27);
            }
        }
        return n;
    }
}
