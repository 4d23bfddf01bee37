package org.trustmap.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.trustmap.importing.Dataset.EntityRow;
import org.trustmap.importing.Dataset.LinkRow;
import org.trustmap.importing.Dataset.PostcodeRow;
import org.trustmap.network.EntityKind;
import org.trustmap.network.RelationType;
import org.trustmap.rules.SourceRule;

/**
 * Checks that need the whole dataset: unique ids, references that lead somewhere of the right kind,
 * relations that join the kinds they may join, and a school in at most one cluster at a time.
 */
final class DatasetChecks {

    private static final Pattern ENGLISH_AREA_CODE = Pattern.compile("E0[6-9]\\d{6}");

    private final Dataset dataset;
    private final Set<String> referenceIds;
    private final Set<String> sourcesInGraph;
    private final Problems problems;
    private final Map<String, EntityRow> byId = new HashMap<>();

    /**
     * @param referenceIds ids that any dataset may point at without defining them (the five outcomes)
     * @param sourcesInGraph the ids of the Sources already in the graph, which a record may name too
     */
    DatasetChecks(Dataset dataset, Set<String> referenceIds, Set<String> sourcesInGraph, Problems problems) {
        this.dataset = dataset;
        this.referenceIds = referenceIds;
        this.sourcesInGraph = sourcesInGraph;
        this.problems = problems;
    }

    void run() {
        uniqueIds();
        districts();
        links();
        oneClusterAtATime();
        postcodes();
        sources();
        consent();
    }

    /**
     * A consent level and the older yes/no must agree; the yes/no is kept true exactly when the level is
     * PUBLISHED (org.trustmap.network.ContactConsent), so a level alone sets it.
     */
    private void consent() {
        for (EntityRow row : dataset.entities()) {
            Object level = row.properties().get("contactConsentLevel");
            if (row.kind() != EntityKind.PERSON || level == null) {
                continue;
            }
            Object yesNo = row.properties().get("contactConsent");
            boolean published = "PUBLISHED".equals(level.toString());
            if (yesNo != null && Boolean.TRUE.equals(yesNo) != published) {
                problems.add(row.file(), row.location(), "contactConsent", "says " + yesNo
                        + " but contactConsentLevel says " + level + "; give contactConsentLevel alone");
            }
            else if (published) {
                row.properties().put("contactConsent", Boolean.TRUE);
            }
        }
    }

    private void uniqueIds() {
        for (EntityRow row : dataset.entities()) {
            EntityRow first = byId.putIfAbsent(row.id(), row);
            if (first != null) {
                String what = row.kind() == EntityKind.SCHOOL ? "URN " + row.properties().get("urn") : "id " + row.id();
                problems.add(row.file(), row.location(), row.kind() == EntityKind.SCHOOL ? "urn" : "id",
                        "duplicate " + what + " (first in " + first.file() + " " + first.location() + ")");
            }
        }
    }

    private void districts() {
        for (EntityRow row : dataset.entities()) {
            if (row.kind() == EntityKind.DISTRICT) {
                Object code = row.properties().get("onsCode");
                if (code != null && !ENGLISH_AREA_CODE.matcher(code.toString()).matches()) {
                    problems.add(row.file(), row.location(), "onsCode", "'" + code
                            + "' is not an ONS district code (E06, E07, E08 or E09 and six digits)");
                }
                else if (code != null && !row.id().equals("district:" + code)) {
                    problems.add(row.file(), row.location(), "id", "must be district:" + code + ", from its ONS code");
                }
            }
        }
    }

    private void links() {
        Set<String> districtCodes = dataset.entities().stream().filter(e -> e.kind() == EntityKind.DISTRICT)
                .map(e -> e.id().substring("district:".length())).collect(Collectors.toCollection(TreeSet::new));
        for (LinkRow link : dataset.links()) {
            EntityKind fromKind = kindOf(link.from());
            EntityKind toKind = kindOf(link.to());
            if (link.field() == null) {
                RelationType type = RelationType.valueOf(link.type());
                if (fromKind == null) {
                    dangling(link, "from", link.from());
                }
                if (toKind == null) {
                    dangling(link, "to", link.to());
                }
                if (fromKind != null && toKind != null && !type.allows(fromKind, toKind)) {
                    problems.add(link.file(), link.location(), "type", link.type() + " cannot join a " + fromKind.label()
                            + " to a " + toKind.label() + "; it joins " + labels(type.fromKinds()) + " to "
                            + labels(type.toKinds()));
                }
                continue;
            }
            String target = link.field().equals("person") ? link.from() : link.to();
            String source = link.field().equals("person") ? link.to() : link.from();
            EntityKind targetKind = link.field().equals("person") ? fromKind : toKind;
            if (link.type().equals("IN_CLUSTER") && kindOf(source) == null) {
                problems.add(link.file(), link.location(), "urn", "school " + source.substring("school:".length())
                        + " is not in the schools file");
            }
            if (targetKind == null && link.type().equals("IN_DISTRICT")) {
                problems.add(link.file(), link.location(), link.field(), "unknown district code "
                        + target.substring("district:".length()) + "; this authority's districts are " + districtCodes);
            }
            else if (targetKind == null) {
                dangling(link, link.field(), target);
            }
        }
    }

    private void dangling(LinkRow link, String field, String id) {
        problems.add(link.file(), link.location(), field, "refers to " + id + ", which is not in this dataset");
    }

    private EntityKind kindOf(String id) {
        EntityRow row = byId.get(id);
        if (row != null) {
            return row.kind();
        }
        return referenceIds.contains(id) ? EntityKind.ofId(id).orElse(null) : null;
    }

    private void oneClusterAtATime() {
        Map<String, List<LinkRow>> bySchool = new HashMap<>();
        for (LinkRow link : dataset.links()) {
            if (link.type().equals("IN_CLUSTER")) {
                bySchool.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(link);
            }
        }
        for (List<LinkRow> spells : bySchool.values()) {
            for (int i = 0; i < spells.size(); i++) {
                for (int j = i + 1; j < spells.size(); j++) {
                    if (overlap(spells.get(i).properties(), spells.get(j).properties())) {
                        LinkRow later = spells.get(j);
                        problems.add(later.file(), later.location(), "validFrom", "school "
                                + later.from().substring("school:".length()) + " would be in " + spells.get(i).to()
                                + " and " + later.to() + " at the same time (" + spells.get(i).location() + ")");
                    }
                }
            }
        }
    }

    private static boolean overlap(Map<String, Object> a, Map<String, Object> b) {
        LocalDate aFrom = (LocalDate) a.getOrDefault("validFromDate", LocalDate.MIN);
        LocalDate aTo = (LocalDate) a.getOrDefault("validToDate", LocalDate.MAX);
        LocalDate bFrom = (LocalDate) b.getOrDefault("validFromDate", LocalDate.MIN);
        LocalDate bTo = (LocalDate) b.getOrDefault("validToDate", LocalDate.MAX);
        return !aTo.isBefore(bFrom) && !bTo.isBefore(aFrom);
    }

    private void postcodes() {
        Map<String, PostcodeRow> seen = new HashMap<>();
        for (PostcodeRow row : dataset.postcodes()) {
            PostcodeRow first = seen.putIfAbsent(row.code(), row);
            if (first != null) {
                problems.add(row.file(), row.location(), "postcode", "duplicate postcode " + row.code() + " (first on "
                        + first.location() + ")");
            }
            if (kindOf(row.district()) != EntityKind.DISTRICT) {
                problems.add(row.file(), row.location(), "district", "unknown district code "
                        + row.district().substring("district:".length()));
            }
        }
    }

    private void sources() {
        Set<String> known = new HashSet<>(sourcesInGraph);
        dataset.sources().forEach(s -> known.add((String) s.get("id")));
        for (EntityRow row : dataset.entities()) {
            String wrong = SourceRule.problem(row.properties().get("source"), known::contains);
            if (wrong != null) {
                problems.add(row.file(), row.location(), "source", wrong);
            }
        }
        for (LinkRow link : dataset.links()) {
            String wrong = SourceRule.problem(link.properties().get("source"), known::contains);
            if (wrong != null) {
                problems.add(link.file(), link.location(), "source", wrong);
            }
        }
    }

    private static String labels(Set<EntityKind> kinds) {
        return kinds.stream().map(EntityKind::label).sorted().collect(Collectors.joining(" or "));
    }
}
