package org.trustmap.scale;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.trustmap.scale.OpenData.Authority;

/**
 * Generates networks at scale for load and speed testing, deterministic for a seed: one import folder
 * per authority (named by its ONS code) under the folder given. See {@link ScaleSize} for the sizes.
 */
public final class NetworkGenerator {

    /** What was generated: how many of each kind, over all authorities. */
    public record Summary(List<String> authorities, Map<String, Integer> counts) {
    }

    private final OpenData data;
    private final List<Authority> authorities;

    private NetworkGenerator(OpenData data, List<Authority> authorities) {
        this.data = data;
        this.authorities = authorities;
    }

    /**
     * @param size    county, region, region:E12..., national or authorities:E06...,E06...
     * @param sources the folder of the open data (datasets/sources)
     * @throws IllegalArgumentException when the size is unknown or the sources are missing
     */
    public static NetworkGenerator of(String size, Path sources) {
        ScaleSize chosen = ScaleSize.parse(size);
        OpenData data = OpenData.read(sources);
        return new NetworkGenerator(data, chosen.select(data.authorities()));
    }

    public Summary generate(Path folder, long seed) {
        Set<String> shared = AuthorityNetwork.sharedPostcodes(data);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Authority authority : authorities) {
            NetworkDraft draft = AuthorityNetwork.generate(authority, data, shared, seed);
            DraftFiles.write(draft, folder.resolve(authority.onsCode()), seed);
            count(counts, "authorities", 1);
            count(counts, "districts", authority.districts().size());
            count(counts, "bodies", draft.bodies.size());
            count(counts, "voluntaryBodies", (int) draft.bodies.stream()
                    .filter(b -> "VOLUNTARY_AND_COMMUNITY".equals(b.get(3))).count());
            count(counts, "schools", draft.schools.size());
            count(counts, "clusters", draft.clusters.size());
            count(counts, "partnerships", draft.partnerships.size());
            count(counts, "people", draft.people.size());
            count(counts, "posts", draft.posts.size());
            count(counts, "memberships", draft.memberships.size());
            count(counts, "relations", draft.relations.size());
            count(counts, "postcodes", draft.postcodes.size());
        }
        return new Summary(authorities.stream().map(Authority::onsCode).toList(), counts);
    }

    private static void count(Map<String, Integer> counts, String what, int n) {
        counts.merge(what, n, Integer::sum);
    }
}
