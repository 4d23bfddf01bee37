package org.trustmap.network;

import java.util.Set;

import static org.trustmap.network.EntityKind.AGREEMENT;
import static org.trustmap.network.EntityKind.AUTHORITY;
import static org.trustmap.network.EntityKind.BODY;
import static org.trustmap.network.EntityKind.DISTRICT;
import static org.trustmap.network.EntityKind.OUTCOME;
import static org.trustmap.network.EntityKind.PARTNERSHIP;
import static org.trustmap.network.EntityKind.PLAN;
import static org.trustmap.network.EntityKind.SCHOOL;
import static org.trustmap.network.EntityKind.SCHOOL_CLUSTER;

/**
 * The relations between bodies, partnerships and areas that a network file lists explicitly, each with the
 * kinds it may join.
 * Every one can carry validity dates; a duty to co-operate also names its legal basis.
 */
public enum RelationType {

    PART_OF("is part of", Set.of(PARTNERSHIP, BODY), Set.of(PARTNERSHIP, BODY)),
    REPORTS_TO("reports to", Set.of(PARTNERSHIP), Set.of(PARTNERSHIP)),
    THEMATIC_PARTNERSHIP_OF("is a thematic partnership of", Set.of(PARTNERSHIP), Set.of(PARTNERSHIP)),
    MUST_CONSULT("must consult", Set.of(PARTNERSHIP), Set.of(PARTNERSHIP)),
    LINKS_TO("links to", Set.of(PARTNERSHIP), Set.of(PARTNERSHIP)),
    COORDINATES("coordinates", Set.of(PARTNERSHIP), Set.of(PARTNERSHIP)),
    SUB_GROUP_OF("is a sub-group of", Set.of(PARTNERSHIP), Set.of(PARTNERSHIP)),
    BUILT_AROUND("is built around", Set.of(PARTNERSHIP), Set.of(SCHOOL_CLUSTER)),
    COVERS("covers", Set.of(PARTNERSHIP), Set.of(DISTRICT, AUTHORITY)),
    LEADS("leads", Set.of(BODY), Set.of(PARTNERSHIP)),
    DUTY_TO_COOPERATE("has a duty to co-operate with", Set.of(BODY, SCHOOL), Set.of(PARTNERSHIP)),
    PARTNER_IN("is a partner in", Set.of(BODY, SCHOOL), Set.of(PARTNERSHIP)),
    SUCCEEDED_BY("was succeeded by", Set.of(BODY, PARTNERSHIP), Set.of(BODY, PARTNERSHIP)),
    SUPPORTED_BY("is supported by", Set.of(BODY), Set.of(BODY)),
    BASED_IN("is based in", Set.of(BODY), Set.of(DISTRICT, AUTHORITY)),
    OWNS("owns", Set.of(PARTNERSHIP), Set.of(PLAN)),
    WORKS_TO("works to", Set.of(PARTNERSHIP, PLAN), Set.of(OUTCOME)),
    STRATEGY_FOR("is the strategy for", Set.of(PLAN), Set.of(AGREEMENT));

    private final String phrase;
    private final Set<EntityKind> from;
    private final Set<EntityKind> to;

    RelationType(String phrase, Set<EntityKind> from, Set<EntityKind> to) {
        this.phrase = phrase;
        this.from = from;
        this.to = to;
    }

    /** How the relation reads in a sentence: "Hart LCP is built around Fleet cluster". */
    public String phrase() {
        return phrase;
    }

    public boolean allows(EntityKind fromKind, EntityKind toKind) {
        return from.contains(fromKind) && to.contains(toKind);
    }

    public Set<EntityKind> fromKinds() {
        return from;
    }

    public Set<EntityKind> toKinds() {
        return to;
    }
}
