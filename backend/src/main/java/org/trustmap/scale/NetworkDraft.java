package org.trustmap.scale;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.trustmap.network.BodyKind;
import org.trustmap.network.MembershipRole;
import org.trustmap.network.PartnershipKind;
import org.trustmap.network.PostRole;
import org.trustmap.network.RelationType;
import org.trustmap.network.Sector;

/**
 * One authority's generated network as it will be written in the import format: the sections of
 * network.json as ordered maps and the CSV files as rows. Every id it makes starts with the
 * authority's (or district's) ONS code, so no two authorities' networks share an id.
 */
final class NetworkDraft {

    static final String GENERATED = "generated";
    static final List<String> BODY_COLUMNS = List.of("id", "name", "kind", "sector", "validFrom", "validTo", "website",
            "email", "phone", "illustrative", "source", "note");

    final OpenData.Authority authority;
    final List<Map<String, Object>> partnerships = new ArrayList<>();
    final List<Map<String, Object>> clusters = new ArrayList<>();
    final List<Map<String, Object>> plans = new ArrayList<>();
    final List<Map<String, Object>> agreements = new ArrayList<>();
    final List<Map<String, Object>> people = new ArrayList<>();
    final List<Map<String, Object>> posts = new ArrayList<>();
    final List<Map<String, Object>> memberships = new ArrayList<>();
    final List<Map<String, Object>> relations = new ArrayList<>();
    final List<List<Object>> bodies = new ArrayList<>();
    final List<List<Object>> schools = new ArrayList<>();
    final List<List<Object>> schoolClusters = new ArrayList<>();
    final List<List<Object>> postcodes = new ArrayList<>();

    NetworkDraft(OpenData.Authority authority) {
        this.authority = authority;
    }

    /** The slug every authority-wide id starts with, e.g. e10000030. */
    String prefix() {
        return authority.onsCode().toLowerCase();
    }

    String authorityId() {
        return "authority:" + authority.onsCode();
    }

    /** A generated (illustrative) body. */
    String body(String slug, String name, BodyKind kind, Sector sector, Period period, String website, String email,
            String note) {
        String id = "body:" + slug;
        bodies.add(List.of(id, name, kind.name(), sector.name(), text(period.from()), text(period.to()), text(website),
                text(email), "", "true", GENERATED, text(note)));
        return id;
    }

    String partnership(String slug, String name, PartnershipKind kind, Period period, String note) {
        String id = "partnership:" + slug;
        partnerships.add(fields("id", id, "name", name, "kind", kind.name(),
                "statutory", statutory(kind) ? Boolean.TRUE : null, "validFrom", period.from(), "validTo", period.to(),
                "illustrative", Boolean.TRUE, "source", GENERATED, "note", note));
        return id;
    }

    void relate(RelationType type, String from, String to, Period period) {
        relate(type, from, to, period, null);
    }

    void relate(RelationType type, String from, String to, Period period, String basis) {
        relations.add(fields("type", type.name(), "from", from, "to", to, "basis", basis, "validFrom", period.from(),
                "validTo", period.to(), "source", GENERATED));
    }

    String post(String organisation, String name, PostRole role, Sector sector, String area, Period period) {
        String id = "post:" + Slugs.local(organisation) + "-" + Slugs.of(name);
        posts.add(fields("id", id, "name", name, "organisation", organisation, "role", role.name(),
                "sector", sector == null ? null : sector.name(), "area", area, "validFrom", period.from(),
                "validTo", period.to(), "illustrative", Boolean.TRUE, "source", GENERATED));
        return id;
    }

    void member(String person, String post, MembershipRole role, String onBehalfOf, Period period) {
        String id = "membership:" + Slugs.local(post) + "-" + Slugs.local(person) + "-" + period.from();
        memberships.add(fields("id", id, "person", person, "post", post, "onBehalfOf", onBehalfOf,
                "role", role.name(), "validFrom", period.from(), "validTo", period.to(), "lastVerified", "2026-11-20",
                "illustrative", Boolean.TRUE, "source", GENERATED));
    }

    /** An ordered map of the pairs given, leaving out those whose value is null. */
    static Map<String, Object> fields(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static boolean statutory(PartnershipKind kind) {
        return kind == PartnershipKind.TRUST_BOARD || kind == PartnershipKind.SAFEGUARDING_BOARD
                || kind == PartnershipKind.SAFEGUARDING_PARTNERSHIP;
    }
}
