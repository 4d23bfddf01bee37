package org.trustmap.scale;

import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

import org.trustmap.network.MembershipRole;
import org.trustmap.network.PostRole;
import org.trustmap.network.Sector;
import org.trustmap.scale.OpenData.School;

/**
 * The seats on an authority's Board, Business Group, safeguarding board and partnership and Youth
 * Offending Service Management Board, as Hampshire's: the Lead Member in the chair, the DCS, two
 * voluntary-sector seats (the alliance and the councils for voluntary service), the statutory partners,
 * head teachers, a parent carer. One line of holders speaks for a partner on every board it sits on.
 */
final class TrustSeats {

    private static final int[] NHS_CHANGES = { Bodies.PCT_ENDS, Bodies.CCG_ENDS };

    private final NetworkDraft draft;
    private final Random random;
    private final People people;
    private final int from;

    TrustSeats(NetworkDraft draft, Random random, People people, Bodies bodies, TrustPartnerships trust,
            List<School> schools) {
        this.draft = draft;
        this.random = random;
        this.people = people;
        this.from = trust.trustStart - random.nextInt(48);
        Period always = Period.from(Period.text(trust.trustStart));
        Period since2010 = Period.from("2010-04");
        Period scb = new Period("2006-04", Period.text(trust.safeguardingChange - 1));
        Period scp = Period.from(Period.text(trust.safeguardingChange));
        String board = trust.board;

        holders(bodies.council, false).fill(draft, post(board, "Chair (Lead Member for Children's Services)",
                PostRole.LEAD_MEMBER, null, always), MembershipRole.CHAIR, always);
        holders(bodies.childrensServices, false).fill(draft, post(board, "Director of Children's Services",
                PostRole.DIRECTOR_OF_CHILDRENS_SERVICES, null, always), MembershipRole.MEMBER, always);
        Holders officers = holders(bodies.childrensServices, false);
        officers.fill(draft, post(trust.business, "Chair", PostRole.CHAIR, null, always), MembershipRole.CHAIR, always);
        officers.fill(draft, post(trust.youthOffendingBoard, "Chair", PostRole.CHAIR, null, always),
                MembershipRole.CHAIR, always);
        officers.fill(draft, post(trust.safeguardingPartnership, "Local authority safeguarding partner",
                PostRole.MEMBER, null, scp), MembershipRole.MEMBER, scp);

        Holders alliance = holders(bodies.alliance, true);
        alliance.fill(draft, vcs(board, "Voluntary sector representative (alliance)", always), MembershipRole.MEMBER,
                always);
        alliance.fill(draft, vcs(trust.business, "Voluntary sector representative", always), MembershipRole.MEMBER,
                always);
        Holders safeguardingVcs = holders(bodies.alliance, true);
        safeguardingVcs.fill(draft, vcs(trust.safeguardingBoard, "Voluntary sector representative", scb),
                MembershipRole.MEMBER, scb);
        safeguardingVcs.fill(draft, vcs(trust.safeguardingPartnership,
                "Voluntary sector relevant agency representative", scp), MembershipRole.MEMBER, scp);
        List<String> cvs = List.copyOf(bodies.councilsForVoluntaryService.values());
        new Holders(random, people, from, new int[0], m -> cvs.get(random.nextInt(cvs.size())), true).fill(draft,
                vcs(board, "Voluntary sector representative (councils for voluntary service)", since2010),
                MembershipRole.MEMBER, since2010);

        Holders police = holders(bodies.police, false);
        for (String partnership : List.of(board, trust.business)) {
            police.fill(draft, post(partnership, "Police representative", PostRole.MEMBER, null, always),
                    MembershipRole.MEMBER, always);
        }
        police.fill(draft, post(trust.safeguardingBoard, "Police representative", PostRole.MEMBER, null, scb),
                MembershipRole.MEMBER, scb);
        police.fill(draft, post(trust.safeguardingPartnership, "Police safeguarding partner", PostRole.MEMBER, null,
                scp), MembershipRole.MEMBER, scp);
        Holders health = new Holders(random, people, from, NHS_CHANGES, bodies::health, false);
        health.fill(draft, post(board, "Health commissioning representative", PostRole.MEMBER, null, always),
                MembershipRole.MEMBER, always);
        health.fill(draft, post(trust.business, "Health representative", PostRole.MEMBER, null, always),
                MembershipRole.MEMBER, always);
        health.fill(draft, post(trust.safeguardingPartnership, "Health safeguarding partner", PostRole.MEMBER, null,
                scp), MembershipRole.MEMBER, scp);
        new Holders(random, people, from, NHS_CHANGES, bodies::health, false).fill(draft,
                post(board, "Lead GP", PostRole.LEAD_GP, null, always), MembershipRole.MEMBER, always);
        Period lsc = new Period(always.from(), "2010-03");
        holders(bodies.lsc, false).fill(draft, post(board, "Learning and Skills Council representative",
                PostRole.MEMBER, null, lsc), MembershipRole.MEMBER, lsc);
        Holders probation = holders(bodies.probation, false);
        probation.fill(draft, post(board, "Probation representative", PostRole.MEMBER, null, always),
                MembershipRole.MEMBER, always);
        probation.fill(draft, post(trust.youthOffendingBoard, "Probation representative", PostRole.MEMBER, null,
                always), MembershipRole.MEMBER, always);
        holders(bodies.youthOffending, false).fill(draft, post(board, "Youth offending representative",
                PostRole.MEMBER, null, always), MembershipRole.MEMBER, always);
        holders(bodies.fire, false).fill(draft, post(board, "Fire and rescue representative", PostRole.MEMBER, null,
                always), MembershipRole.MEMBER, always);
        holders(bodies.jobcentrePlus, false).fill(draft, post(board, "Jobcentre Plus representative", PostRole.MEMBER,
                null, since2010), MembershipRole.MEMBER, since2010);
        holders(bodies.earlyYears, false).fill(draft, post(board, "Early years and children's centres representative",
                PostRole.MEMBER, null, always), MembershipRole.MEMBER, always);
        holders(null, false).fill(draft, post(board, "Parent and carer representative",
                PostRole.PARENT_CARER_REPRESENTATIVE, null, always), MembershipRole.MEMBER, always);
        if (draft.authority.twoTier()) {
            List<String> councils = List.copyOf(bodies.districtCouncils.values());
            new Holders(random, people, from, new int[0], m -> councils.get(random.nextInt(councils.size())), false)
                    .fill(draft, post(board, "District and borough councils representative", PostRole.MEMBER,
                            Sector.STATUTORY, always), MembershipRole.MEMBER, always);
        }
        headTeachers(board, schools, since2010);
        holders(null, false).fill(draft, post(trust.safeguardingBoard, "Independent chair", PostRole.CHAIR, null, scb),
                MembershipRole.CHAIR, scb);
        holders(null, false).fill(draft, post(trust.safeguardingPartnership, "Independent scrutineer", PostRole.CHAIR,
                null, scp), MembershipRole.CHAIR, scp);
    }

    private void headTeachers(String board, List<School> schools, Period since2010) {
        headTeacher(board, "Primary head teacher representative", schools.stream().filter(s -> !s.headsCluster())
                .map(s -> "school:" + s.urn()).toList(), since2010);
        headTeacher(board, "Secondary head teacher representative", schools.stream().filter(School::headsCluster)
                .map(s -> "school:" + s.urn()).toList(), since2010);
    }

    /** A head teacher's seat, each holder acting for a school of the phase. */
    private void headTeacher(String board, String name, List<String> schools, Period period) {
        if (schools.isEmpty()) {
            return;
        }
        IntFunction<String> school = m -> schools.get(random.nextInt(schools.size()));
        new Holders(random, people, from, new int[0], school, false).fill(draft, post(board, name,
                PostRole.HEAD_TEACHER_REPRESENTATIVE, Sector.EDUCATION, period), MembershipRole.MEMBER, period);
    }

    private Holders holders(String onBehalfOf, boolean consent) {
        return Holders.simple(random, people, from, onBehalfOf, consent);
    }

    private String vcs(String partnership, String name, Period period) {
        return post(partnership, name, PostRole.VCS_REPRESENTATIVE, Sector.VOLUNTARY_AND_COMMUNITY, period);
    }

    private String post(String partnership, String name, PostRole role, Sector sector, Period period) {
        return draft.post(partnership, name, role, sector, null, period);
    }
}
