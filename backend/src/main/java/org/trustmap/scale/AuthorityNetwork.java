package org.trustmap.scale;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.trustmap.scale.OpenData.Authority;
import org.trustmap.scale.OpenData.School;

/**
 * Generates one authority's network from the open data and a seed. The random numbers of an authority
 * depend only on the seed and its ONS code, so Surrey comes out the same in the region and national sizes.
 */
final class AuthorityNetwork {

    private AuthorityNetwork() {
    }

    static NetworkDraft generate(Authority authority, OpenData data, Set<String> sharedPostcodes, long seed) {
        Random random = new Random(seed * 1_000_003L + authority.onsCode().hashCode());
        NetworkDraft draft = new NetworkDraft(authority);
        InventedNames names = new InventedNames(random);
        People people = new People(draft, names);
        Map<String, List<School>> schools = data.schoolsByDistrict();
        Bodies bodies = new Bodies(draft, random, names, schools);
        TrustPartnerships trust = new TrustPartnerships(draft, random, bodies, schools);
        LocalPartnerships local = new LocalPartnerships(draft, random, trust, schools);
        List<School> authoritySchools = new ArrayList<>();
        authority.districts().forEach(d -> authoritySchools.addAll(schools.getOrDefault(d.onsCode(), List.of())));
        new TrustSeats(draft, random, people, bodies, trust, authoritySchools);
        new LocalSeats(draft, random, people, bodies, trust, local);
        postcodes(draft, data, authoritySchools, sharedPostcodes);
        return draft;
    }

    /**
     * Hampshire gets its real postcodes; elsewhere the postcodes of its schools stand in for them, so that
     * a search by postcode finds its district, except those another authority's files also hold.
     */
    private static void postcodes(NetworkDraft draft, OpenData data, List<School> schools, Set<String> shared) {
        if (draft.authority.onsCode().equals(ScaleSize.HAMPSHIRE)) {
            for (OpenData.Postcode p : data.hampshirePostcodes()) {
                draft.postcodes.add(List.of(p.code(), p.district(), p.easting(), p.northing()));
            }
            return;
        }
        Map<String, School> byPostcode = new TreeMap<>();
        schools.stream().filter(s -> !shared.contains(s.postcode())).forEach(s -> byPostcode.putIfAbsent(s.postcode(), s));
        byPostcode.forEach((code, s) -> draft.postcodes.add(List.of(code, s.district(), s.easting(), s.northing())));
    }

    /** Postcodes of schools that Hampshire's Code-Point file also holds, or that schools of two districts share. */
    static Set<String> sharedPostcodes(OpenData data) {
        Map<String, String> districtOf = new HashMap<>();
        Set<String> shared = new HashSet<>();
        data.hampshirePostcodes().forEach(p -> shared.add(p.code()));
        data.schoolsByDistrict().forEach((district, list) -> list.forEach(s -> {
            String other = districtOf.putIfAbsent(s.postcode(), district);
            if (other != null && !other.equals(district)) {
                shared.add(s.postcode());
            }
        }));
        return shared;
    }
}
