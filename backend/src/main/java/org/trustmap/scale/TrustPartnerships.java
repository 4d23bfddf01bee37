package org.trustmap.scale;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.trustmap.network.PartnershipKind;
import org.trustmap.network.RelationType;
import org.trustmap.scale.OpenData.District;
import org.trustmap.scale.OpenData.School;

/**
 * An authority's Children's Trust and what surrounds it, in Hampshire's shape (seeds 000 to 004): the
 * Trust and its Board, Business Group and Specific Arrangements (Youth Offending Service Management
 * Board, Safeguarding Children Board, later the Safeguarding Partnership), the LCP Chairs Group, the LSP
 * the Trust is a thematic partnership of, the teenage pregnancy partnership, the districts' LSPs and
 * community safety partnerships, the CYPP and the LAA, and every relevant partner's duty to co-operate.
 */
final class TrustPartnerships {

    static final String CHILDREN_ACT = "Children Act 2004 s10";
    static final String ASCL_ACT = "Apprenticeships, Skills, Children and Learning Act 2009";
    private static final List<String> OUTCOMES = List.of("be-healthy", "stay-safe", "enjoy-and-achieve",
            "make-a-positive-contribution", "achieve-economic-well-being");

    final String trust;
    final String board;
    final String business;
    final String specific;
    final String youthOffendingBoard;
    final String safeguardingBoard;
    final String safeguardingPartnership;
    final String chairs;
    final String teenagePregnancy;
    final Map<String, String> strategicPartnerships = new LinkedHashMap<>();
    final Map<String, String> communitySafety = new LinkedHashMap<>();
    final int trustStart;
    final int safeguardingChange;

    TrustPartnerships(NetworkDraft draft, Random random, Bodies bodies, Map<String, List<School>> schools) {
        String p = draft.prefix() + "-";
        String name = draft.authority.name();
        String authority = draft.authorityId();
        trustStart = Period.month(2005 + random.nextInt(3), 1 + 3 * random.nextInt(4));
        Period sinceStart = Period.from(Period.text(trustStart));
        trust = draft.partnership(p + "childrens-trust", name + " Children's Trust", PartnershipKind.CHILDRENS_TRUST,
                sinceStart, null);
        draft.relate(RelationType.COVERS, trust, authority, Period.ALWAYS);
        draft.relate(RelationType.LEADS, bodies.council, trust, Period.ALWAYS);
        board = draft.partnership(p + "childrens-trust-board", name + " Children's Trust Board",
                PartnershipKind.TRUST_BOARD, sinceStart, null);
        business = draft.partnership(p + "childrens-trust-business-group", name + " Children's Trust Business Group",
                PartnershipKind.BUSINESS_GROUP, sinceStart, null);
        specific = draft.partnership(p + "childrens-trust-specific-arrangements",
                name + " Children's Trust Specific Arrangements", PartnershipKind.SPECIFIC_ARRANGEMENTS, sinceStart,
                null);
        for (String part : List.of(board, business, specific)) {
            draft.relate(RelationType.PART_OF, part, trust, Period.ALWAYS);
        }
        youthOffendingBoard = draft.partnership(p + "youth-offending-service-management-board",
                name + " Youth Offending Service Management Board", PartnershipKind.YOUTH_OFFENDING_MANAGEMENT_BOARD,
                sinceStart, null);
        safeguardingChange = Period.month(2019, 6 + random.nextInt(4));
        String change = Period.text(safeguardingChange);
        safeguardingBoard = draft.partnership(p + "safeguarding-children-board", name + " Safeguarding Children Board",
                PartnershipKind.SAFEGUARDING_BOARD, Period.between("2006-04", Period.text(safeguardingChange - 1)),
                null);
        safeguardingPartnership = draft.partnership(p + "safeguarding-children-partnership",
                name + " Safeguarding Children Partnership", PartnershipKind.SAFEGUARDING_PARTNERSHIP,
                Period.from(change), null);
        draft.relate(RelationType.SUCCEEDED_BY, safeguardingBoard, safeguardingPartnership, Period.from(change));
        draft.relate(RelationType.PART_OF, youthOffendingBoard, specific, Period.ALWAYS);
        draft.relate(RelationType.PART_OF, safeguardingBoard, specific, Period.between(null,
                Period.text(safeguardingChange - 1)));
        draft.relate(RelationType.PART_OF, safeguardingPartnership, specific, Period.from(change));
        draft.relate(RelationType.MUST_CONSULT, board, safeguardingBoard, Period.between(null,
                Period.text(safeguardingChange - 1)));
        draft.relate(RelationType.MUST_CONSULT, board, safeguardingPartnership, Period.from(change));
        chairs = draft.partnership(p + "lcp-chairs-group", name + " Local Children's Partnerships Chairs Group",
                PartnershipKind.CHAIRS_GROUP, Period.from("2008"), null);
        draft.relate(RelationType.REPORTS_TO, chairs, board, Period.from("2008"));
        String lsp = draft.partnership(p + "local-strategic-partnership", name + " Local Strategic Partnership",
                PartnershipKind.LOCAL_STRATEGIC_PARTNERSHIP, Period.ALWAYS, null);
        draft.relate(RelationType.COVERS, lsp, authority, Period.ALWAYS);
        draft.relate(RelationType.THEMATIC_PARTNERSHIP_OF, trust, lsp, Period.ALWAYS);
        draft.relate(RelationType.REPORTS_TO, board, lsp, Period.ALWAYS);
        teenagePregnancy = draft.partnership(p + "teenage-pregnancy-partnership",
                name + " Teenage Pregnancy Partnership", PartnershipKind.TEENAGE_PREGNANCY_PARTNERSHIP, Period.ALWAYS,
                null);
        for (District district : draft.authority.districts()) {
            String districtId = "district:" + district.onsCode();
            String d = district.onsCode().toLowerCase() + "-";
            String districtLsp = lsp;
            if (draft.authority.twoTier()) {
                districtLsp = draft.partnership(d + "local-strategic-partnership",
                        district.name() + " Local Strategic Partnership", PartnershipKind.LOCAL_STRATEGIC_PARTNERSHIP,
                        Period.ALWAYS, null);
                draft.relate(RelationType.COVERS, districtLsp, districtId, Period.ALWAYS);
            }
            strategicPartnerships.put(district.onsCode(), districtLsp);
            String cdrp = draft.partnership(d + "community-safety-partnership",
                    district.name() + " Community Safety Partnership", PartnershipKind.CRIME_AND_DISORDER_PARTNERSHIP,
                    Period.ALWAYS, null);
            draft.relate(RelationType.COVERS, cdrp, districtId, Period.ALWAYS);
            communitySafety.put(district.onsCode(), cdrp);
        }
        planAndAgreement(draft, p, name);
        duties(draft, bodies, schools);
    }

    private void planAndAgreement(NetworkDraft draft, String p, String name) {
        String cypp = "plan:" + p + "cypp-2012-2015";
        draft.plans.add(NetworkDraft.fields("id", cypp, "name", name + " Children and Young People's Plan 2012-2015",
                "kind", "CYPP", "edition", 3, "validFrom", "2012", "validTo", "2015",
                "priorities", List.of("Early help for children, young people and families",
                        "Narrowing the gap in outcomes"), "source", NetworkDraft.GENERATED));
        draft.relate(RelationType.OWNS, board, cypp, Period.ALWAYS);
        String laa = "agreement:" + p + "laa-2008-2011";
        draft.agreements.add(NetworkDraft.fields("id", laa, "name", name + " Local Area Agreement 2008-2011",
                "validFrom", "2008", "validTo", "2011", "source", NetworkDraft.GENERATED));
        draft.relate(RelationType.STRATEGY_FOR, cypp, laa, Period.ALWAYS);
        for (String outcome : OUTCOMES) {
            draft.relate(RelationType.WORKS_TO, trust, "outcome:" + outcome, Period.ALWAYS);
        }
    }

    private void duties(NetworkDraft draft, Bodies bodies, Map<String, List<School>> schools) {
        Period since2005 = dutySince(Period.month(2005, 4), null);
        for (String council : bodies.districtCouncils.values().stream().distinct().toList()) {
            draft.relate(RelationType.DUTY_TO_COOPERATE, council, trust, since2005, CHILDREN_ACT);
        }
        for (String partner : List.of(bodies.police, bodies.probation, bodies.youthOffending)) {
            draft.relate(RelationType.DUTY_TO_COOPERATE, partner, trust, since2005, CHILDREN_ACT);
        }
        draft.relate(RelationType.DUTY_TO_COOPERATE, bodies.pct, trust, dutySince(Period.month(2005, 4), "2013-03-31"),
                CHILDREN_ACT);
        draft.relate(RelationType.DUTY_TO_COOPERATE, bodies.sha, trust, dutySince(Period.month(2005, 4), "2013-03-31"),
                CHILDREN_ACT);
        draft.relate(RelationType.DUTY_TO_COOPERATE, bodies.ccg, trust, Period.between("2013-04-01", "2022-06-30"),
                CHILDREN_ACT + " (as amended, 2012)");
        draft.relate(RelationType.DUTY_TO_COOPERATE, bodies.icb, trust, Period.from("2022-07-01"),
                CHILDREN_ACT + " (as amended, 2022)");
        draft.relate(RelationType.DUTY_TO_COOPERATE, bodies.lsc, trust, dutySince(Period.month(2005, 4), "2010-03-31"),
                CHILDREN_ACT);
        draft.relate(RelationType.DUTY_TO_COOPERATE, bodies.jobcentrePlus, trust, Period.from("2010-04"), ASCL_ACT);
        for (District district : draft.authority.districts()) {
            for (School school : schools.getOrDefault(district.onsCode(), List.of())) {
                draft.relate(RelationType.DUTY_TO_COOPERATE, "school:" + school.urn(), trust, Period.from("2010-04"),
                        ASCL_ACT);
            }
        }
        for (String partner : List.of(bodies.fire, bodies.earlyYears, bodies.alliance)) {
            draft.relate(RelationType.PARTNER_IN, partner, trust, Period.ALWAYS);
        }
    }

    /** A duty to cooperate with the Trust starts when the law says, but not before this Trust exists. */
    private Period dutySince(int month, String to) {
        String from = Period.text(Math.max(month, trustStart));
        return to == null ? Period.from(from) : Period.between(from, to);
    }
}
