package org.trustmap.network;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of thing the graph holds. Each has a global id prefix ({@code district:E07000089}) and its
 * Neo4j labels; every kind but postcodes also carries the {@code Entity} label, whose unique {@code id}
 * makes any node reachable by its id alone.
 */
public enum EntityKind {

    AUTHORITY("authority", "Authority"),
    DISTRICT("district", "District"),
    BODY("body", "Body"),
    SCHOOL("school", "Body", "School"),
    PARTNERSHIP("partnership", "Partnership"),
    SCHOOL_CLUSTER("cluster", "SchoolCluster"),
    PERSON("person", "Person"),
    POST("post", "Post"),
    MEMBERSHIP("membership", "Membership"),
    PLAN("plan", "Plan"),
    AGREEMENT("agreement", "Agreement"),
    OUTCOME("outcome", "Outcome");

    private final String prefix;
    private final List<String> labels;

    EntityKind(String prefix, String... labels) {
        this.prefix = prefix;
        this.labels = List.of(labels);
    }

    public String prefix() {
        return prefix;
    }

    /** The most specific label: the GraphQL type name. */
    public String label() {
        return labels.getLast();
    }

    /** All labels, {@code Entity} first. */
    public List<String> labels() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("Entity"), labels.stream()).toList();
    }

    public static Optional<EntityKind> ofId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        int colon = id.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String prefix = id.substring(0, colon);
        return Arrays.stream(values()).filter(k -> k.prefix.equals(prefix)).findFirst();
    }

    public static Optional<EntityKind> ofLabel(String label) {
        return Arrays.stream(values()).filter(k -> k.label().equals(label)).findFirst();
    }

    /** True for a body of any kind, schools included. */
    public boolean isBody() {
        return this == BODY || this == SCHOOL;
    }
}
