package org.trustmap.scale;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.trustmap.network.BodyKind;
import org.trustmap.network.RelationType;
import org.trustmap.network.Sector;
import org.trustmap.scale.OpenData.District;
import org.trustmap.scale.OpenData.School;

/**
 * The bodies of a generated authority: its council and the statutory partners Hampshire lists (seed
 * 001), named after the authority and marked illustrative; a council for voluntary service per district;
 * and about three invented voluntary bodies for every school of a district.
 */
final class Bodies {

    static final int PCT_ENDS = Period.month(2013, 4);
    static final int CCG_ENDS = Period.month(2022, 7);
    static final int LSC_ENDS = Period.month(2010, 4);
    static final double VOLUNTARY_BODIES_PER_SCHOOL = 3.05;
    private static final String NOTE = "Descriptive name, generated for scale testing: not a record of this body's "
            + "real part in the partnership.";

    final String council;
    final String childrensServices;
    final String police;
    final String pct;
    final String sha;
    final String ccg;
    final String icb;
    final String lsc;
    final String earlyYears;
    final String youthOffending;
    final String probation;
    final String fire;
    final String jobcentrePlus;
    final String alliance;
    final Map<String, String> districtCouncils = new LinkedHashMap<>();
    final Map<String, String> councilsForVoluntaryService = new LinkedHashMap<>();
    final Map<String, List<String>> voluntaryBodies = new LinkedHashMap<>();

    Bodies(NetworkDraft draft, Random random, InventedNames names, Map<String, List<School>> schools) {
        OpenData.Authority a = draft.authority;
        String p = draft.prefix() + "-";
        String name = a.name();
        String authorityId = draft.authorityId();
        council = draft.body(p + "council", name + (a.twoTier() ? " County Council" : " Council"),
                a.twoTier() ? BodyKind.COUNTY_COUNCIL : BodyKind.UNITARY_COUNCIL, Sector.STATUTORY, Period.ALWAYS,
                null, null, NOTE);
        childrensServices = statutory(draft, p + "childrens-services", name + " Children's Services",
                BodyKind.CHILDRENS_SERVICES, Period.ALWAYS);
        draft.relate(RelationType.PART_OF, childrensServices, council, Period.ALWAYS);
        police = statutory(draft, p + "police", name + " Police", BodyKind.POLICE, Period.ALWAYS);
        pct = statutory(draft, p + "primary-care-trust", name + " Primary Care Trust", BodyKind.HEALTH_COMMISSIONER,
                Period.between("2002-04", "2013-03-31"));
        sha = statutory(draft, p + "strategic-health-authority", name + " area Strategic Health Authority",
                BodyKind.STRATEGIC_HEALTH_AUTHORITY, Period.between("2002-04", "2013-03-31"));
        ccg = statutory(draft, p + "clinical-commissioning-group", name + " Clinical Commissioning Group",
                BodyKind.HEALTH_COMMISSIONER, Period.between("2013-04-01", "2022-06-30"));
        icb = statutory(draft, p + "integrated-care-board", name + " area Integrated Care Board",
                BodyKind.HEALTH_COMMISSIONER, Period.from("2022-07-01"));
        draft.relate(RelationType.SUCCEEDED_BY, pct, ccg, Period.from("2013-04-01"));
        draft.relate(RelationType.SUCCEEDED_BY, ccg, icb, Period.from("2022-07-01"));
        lsc = statutory(draft, p + "learning-and-skills-council", name + " Learning and Skills Council",
                BodyKind.LEARNING_AND_SKILLS, Period.between(null, "2010-03-31"));
        earlyYears = statutory(draft, p + "early-years", name + " early years settings and children's centres",
                BodyKind.EARLY_YEARS, Period.ALWAYS);
        youthOffending = statutory(draft, p + "youth-offending-team", name + " Youth Offending Team",
                BodyKind.YOUTH_OFFENDING, Period.ALWAYS);
        probation = statutory(draft, p + "probation", name + " Probation Service", BodyKind.PROBATION, Period.ALWAYS);
        fire = statutory(draft, p + "fire-and-rescue", name + " Fire and Rescue Service", BodyKind.FIRE_AND_RESCUE,
                Period.ALWAYS);
        jobcentrePlus = statutory(draft, p + "jobcentre-plus", "Jobcentre Plus, " + name, BodyKind.JOBCENTRE_PLUS,
                Period.ALWAYS);
        alliance = draft.body(p + "voluntary-sector-alliance", name + " Example Voluntary Sector Alliance",
                BodyKind.VCS_INFRASTRUCTURE, Sector.VOLUNTARY_AND_COMMUNITY, Period.ALWAYS,
                "https://" + p + "alliance.example.org/", "hello@" + p + "alliance.example.org", null);
        draft.relate(RelationType.BASED_IN, alliance, authorityId, Period.ALWAYS);
        for (District district : a.districts()) {
            String d = district.onsCode().toLowerCase() + "-";
            String districtId = "district:" + district.onsCode();
            String districtCouncil = council;
            if (a.twoTier()) {
                districtCouncil = draft.body(d + "council", district.name() + " District Council",
                        BodyKind.DISTRICT_COUNCIL, Sector.STATUTORY, Period.ALWAYS, null, null, NOTE);
                draft.relate(RelationType.BASED_IN, districtCouncil, districtId, Period.ALWAYS);
            }
            districtCouncils.put(district.onsCode(), districtCouncil);
            String cvs = draft.body(d + "cvs", district.name() + " Example Council for Voluntary Service",
                    BodyKind.COUNCIL_FOR_VOLUNTARY_SERVICE, Sector.VOLUNTARY_AND_COMMUNITY, Period.ALWAYS,
                    "https://" + d + "cvs.example.org/", "hello@" + d + "cvs.example.org",
                    "Placeholder name and contact: the district's own council for voluntary service would be here.");
            draft.relate(RelationType.BASED_IN, cvs, districtId, Period.ALWAYS);
            draft.relate(RelationType.SUPPORTED_BY, cvs, alliance, Period.ALWAYS);
            councilsForVoluntaryService.put(district.onsCode(), cvs);
            voluntaryBodies.put(district.onsCode(), voluntary(draft, random, names, district,
                    schools.getOrDefault(district.onsCode(), List.of()), cvs));
        }
    }

    /** The body a health commissioner's representative acted for in a month. */
    String health(int month) {
        return month < PCT_ENDS ? pct : month < CCG_ENDS ? ccg : icb;
    }

    private static String statutory(NetworkDraft draft, String slug, String name, BodyKind kind, Period period) {
        return draft.body(slug, name, kind, Sector.STATUTORY, period, null, null, NOTE);
    }

    private static List<String> voluntary(NetworkDraft draft, Random random, InventedNames names, District district,
            List<School> schools, String cvs) {
        List<String> places = schools.stream().map(School::town).filter(t -> !t.isBlank()).distinct().sorted()
                .toList();
        int count = (int) Math.round(VOLUNTARY_BODIES_PER_SCHOOL * schools.size()) + 3;
        List<String> ids = new ArrayList<>();
        String districtId = "district:" + district.onsCode();
        for (int i = 0; i < count; i++) {
            String place = places.isEmpty() ? district.name() : places.get(random.nextInt(places.size()));
            InventedNames.Activity body = names.voluntaryBody(place);
            String slug = district.onsCode().toLowerCase() + "-" + Slugs.of(body.name());
            int founded = random.nextInt(10) < 6 ? 1950 + random.nextInt(73) : 0;
            String closed = random.nextInt(100) < 8
                    ? String.valueOf(Math.max(founded, 2005) + 2 + random.nextInt(Math.max(1, 2024 - Math.max(founded, 2005))))
                    : null;
            Period period = new Period(founded == 0 ? null : String.valueOf(founded), closed);
            String id = draft.body(slug, body.name(), body.kind(), Sector.VOLUNTARY_AND_COMMUNITY, period,
                    "https://" + slug + ".example.org/", "hello@" + slug + ".example.org", null);
            draft.relate(RelationType.BASED_IN, id, districtId, Period.ALWAYS);
            if (random.nextInt(10) < 4) {
                draft.relate(RelationType.SUPPORTED_BY, id, cvs, period);
            }
            // Only a body that exists for every seat's whole life may be acted for: seats start from 2005.
            if (closed == null && founded < 2005) {
                ids.add(id);
            }
        }
        return ids;
    }
}
