package org.trustmap.scale;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.trustmap.scale.OpenData.Authority;

/**
 * Which authorities a generated dataset holds:
 * <ul>
 * <li>{@code county}: Hampshire alone (E10000014), with its real postcodes, in place of the bundled network;</li>
 * <li>{@code region} or {@code region:E12000007}: a region's authorities (South East by default);</li>
 * <li>{@code national}: every English upper-tier authority;</li>
 * <li>{@code authorities:E06000046,E06000017}: the authorities named.</li>
 * </ul>
 * Region and national sizes leave out Hampshire and Kent, whose bundled networks are imported beside them
 * and own the ids {@code authority:E10000014} and {@code authority:E10000016}.
 */
record ScaleSize(String name, String region, Set<String> authorities) {

    static final String HAMPSHIRE = "E10000014";
    static final String KENT = "E10000016";
    static final String SOUTH_EAST = "E12000008";
    private static final Set<String> BUNDLED = Set.of(HAMPSHIRE, KENT);

    static ScaleSize parse(String text) {
        if (text.equals("county")) {
            return new ScaleSize("county", null, Set.of(HAMPSHIRE));
        }
        if (text.equals("national")) {
            return new ScaleSize("national", null, null);
        }
        if (text.equals("region") || text.startsWith("region:")) {
            String region = text.equals("region") ? SOUTH_EAST : text.substring("region:".length());
            return new ScaleSize("region", region, null);
        }
        if (text.startsWith("authorities:")) {
            return new ScaleSize("authorities", null, Set.copyOf(Arrays.asList(text.substring("authorities:".length())
                    .split(","))));
        }
        throw new IllegalArgumentException("Unknown size '" + text
                + "': use county, region, region:E12000007, national or authorities:E06000046,E06000017");
    }

    List<Authority> select(List<Authority> all) {
        List<Authority> chosen = all.stream().filter(this::includes).toList();
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("No English upper-tier authority matches size " + name
                    + (region != null ? " " + region : authorities != null ? " " + authorities : ""));
        }
        return chosen;
    }

    private boolean includes(Authority authority) {
        if (authorities != null) {
            return authorities.contains(authority.onsCode());
        }
        if (BUNDLED.contains(authority.onsCode())) {
            return false;
        }
        return region == null || region.equals(authority.regionCode());
    }
}
