package org.trustmap.importing;

import java.time.Duration;
import java.util.Map;

/**
 * What an import did.
 *
 * @param authority the authority whose network was replaced
 * @param nodes     nodes of each kind now in its part of the graph
 * @param relationships relationships written
 * @param took      from reading the first file to the commit
 */
public record ImportReport(String authority, Map<String, Long> nodes, long relationships, Duration took) {
}
