package org.trustmap.scale;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.trustmap.network.MembershipRole;
import org.trustmap.network.PostRole;
import org.trustmap.network.Sector;
import org.trustmap.scale.LocalPartnerships.Lcp;
import org.trustmap.scale.LocalPartnerships.SteeringGroup;
import org.trustmap.scale.LocalPartnerships.SubGroup;
import org.trustmap.scale.SchoolClusters.Cluster;

/**
 * The seats on LCPs, steering groups and sub-groups, as on Hampshire's: a chair who also sits on the
 * Chairs Group, a voluntary-sector representative acting for the district's council for voluntary
 * service (none on some LCPs, vacant on others), the district's statutory partners (one line of holders
 * per partner and district, sitting on every LCP of the district), a schools' representative per
 * cluster, and members from local voluntary bodies.
 */
final class LocalSeats {

    static final int LCPS_WITHOUT_VCS_SEAT_PERCENT = 8;
    static final int VACANT_VCS_SEAT_PERCENT = 12;
    static final int VOLUNTARY_MEMBERS_PER_LCP = 2;
    private static final int[] NHS_CHANGES = { Bodies.PCT_ENDS, Bodies.CCG_ENDS };

    private final NetworkDraft draft;
    private final Random random;
    private final People people;
    private final Bodies bodies;
    private final Map<String, Holders> vcsOf = new HashMap<>();
    private final Map<String, Holders> schoolsOf = new HashMap<>();
    private final Map<String, List<Holders>> partnersOf = new HashMap<>();

    LocalSeats(NetworkDraft draft, Random random, People people, Bodies bodies, TrustPartnerships trust,
            LocalPartnerships local) {
        this.draft = draft;
        this.random = random;
        this.people = people;
        this.bodies = bodies;
        for (Lcp lcp : local.lcps) {
            lcp(lcp, trust.chairs, local.start);
        }
        for (SteeringGroup group : local.steeringGroups) {
            steering(group, local.start);
        }
        for (SubGroup group : local.subGroups) {
            Holders vcs = vcsOf.get(group.parent().id());
            if (vcs != null) {
                vcs.fill(draft, draft.post(group.id(), "Voluntary sector representative", PostRole.VCS_REPRESENTATIVE,
                        Sector.VOLUNTARY_AND_COMMUNITY, area(group.parent().district()), group.period()),
                        MembershipRole.MEMBER, group.period());
            }
        }
    }

    private void lcp(Lcp lcp, String chairs, int start) {
        String area = area(lcp.district());
        Period period = lcp.period();
        int first = period.firstMonth(start);
        Holders chair = new Holders(random, people, first, new int[0], m -> random.nextInt(10) < 3
                ? bodies.districtCouncils.get(lcp.district()) : bodies.childrensServices, true);
        chair.fill(draft, draft.post(lcp.id(), "Chair", PostRole.CHAIR, null, area, period), MembershipRole.CHAIR,
                period);
        chair.fill(draft, draft.post(chairs, "Chair of " + lcp.name(), PostRole.MEMBER, null, area, period),
                MembershipRole.MEMBER, period);
        if (random.nextInt(100) >= LCPS_WITHOUT_VCS_SEAT_PERCENT) {
            Holders vcs = Holders.simple(random, people, first,
                    bodies.councilsForVoluntaryService.get(lcp.district()), true);
            int vacantFrom = random.nextInt(100) < VACANT_VCS_SEAT_PERCENT ? Period.NOW - 1 - random.nextInt(60)
                    : Integer.MAX_VALUE;
            vcs.fill(draft, draft.post(lcp.id(), "Voluntary sector representative", PostRole.VCS_REPRESENTATIVE,
                    Sector.VOLUNTARY_AND_COMMUNITY, area, period), MembershipRole.MEMBER, first, period.lastMonth(),
                    vacantFrom);
            vcsOf.put(lcp.id(), vcs);
        }
        List<String> names = List.of("District council representative", "Police representative",
                "Health representative", "District Manager, Children and Families", "Youth offending representative");
        List<Holders> partners = partners(lcp.district(), start);
        for (int i = 0; i < names.size(); i++) {
            partners.get(i).fill(draft, draft.post(lcp.id(), names.get(i), PostRole.MEMBER, null, area, period),
                    MembershipRole.MEMBER, period);
        }
        for (Cluster cluster : lcp.clusters()) {
            Holders schools = schoolsOf.computeIfAbsent(cluster.id(), c -> new Holders(random, people, first,
                    new int[0], m -> "school:" + (cluster.hub() == null || random.nextBoolean()
                            ? cluster.schools().get(random.nextInt(cluster.schools().size())) : cluster.hub()).urn(),
                    false));
            schools.fill(draft, draft.post(lcp.id(), "Schools' representative, " + cluster.name(),
                    PostRole.HEAD_TEACHER_REPRESENTATIVE, Sector.EDUCATION, area, period), MembershipRole.MEMBER,
                    period);
        }
        List<String> voluntary = bodies.voluntaryBodies.get(lcp.district());
        for (int i = 1; i <= VOLUNTARY_MEMBERS_PER_LCP && !voluntary.isEmpty(); i++) {
            new Holders(random, people, first, new int[0], m -> voluntary.get(random.nextInt(voluntary.size())), false)
                    .fill(draft, draft.post(lcp.id(), "Voluntary and community sector member " + i, PostRole.MEMBER,
                            Sector.VOLUNTARY_AND_COMMUNITY, area, period), MembershipRole.MEMBER, period);
        }
    }

    private void steering(SteeringGroup group, int start) {
        String area = area(group.district());
        Period period = group.period();
        String council = bodies.districtCouncils.get(group.district());
        Holders.simple(random, people, period.firstMonth(start), council, false).fill(draft,
                draft.post(group.id(), "Chair", PostRole.CHAIR, null, area, period), MembershipRole.CHAIR, period);
        Holders vcs = vcsOf.get(group.coordinates().getFirst().id());
        if (vcs != null) {
            vcs.fill(draft, draft.post(group.id(), "Voluntary sector representative", PostRole.VCS_REPRESENTATIVE,
                    Sector.VOLUNTARY_AND_COMMUNITY, area, period), MembershipRole.MEMBER, period);
        }
        partners(group.district(), start).getFirst().fill(draft, draft.post(group.id(),
                "District council representative", PostRole.MEMBER, null, area, period), MembershipRole.MEMBER, period);
    }

    /** The district's council, police, health, children's services and youth offending representatives. */
    private List<Holders> partners(String district, int start) {
        return partnersOf.computeIfAbsent(district, d -> {
            int from = start - random.nextInt(48);
            return List.of(Holders.simple(random, people, from, bodies.districtCouncils.get(d), false),
                    Holders.simple(random, people, from, bodies.police, false),
                    new Holders(random, people, from, NHS_CHANGES, bodies::health, false),
                    Holders.simple(random, people, from, bodies.childrensServices, false),
                    Holders.simple(random, people, from, bodies.youthOffending, false));
        });
    }

    private static String area(String district) {
        return "district:" + district;
    }
}
