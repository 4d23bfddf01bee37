package org.trustmap.security;

import java.util.Collection;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a signed-in user may change. Editors carry one granted authority per network they may edit
 * ({@code NETWORK_authority:E10000014}, or {@code NETWORK_*} for all); admins may edit every network.
 */
public final class Permissions {

    static final String NETWORK = "NETWORK_";
    static final String ALL_NETWORKS = NETWORK + "*";

    private Permissions() {
    }

    static GrantedAuthority network(String authorityId) {
        return new SimpleGrantedAuthority(authorityId == null || authorityId.isBlank() ? ALL_NETWORKS : NETWORK + authorityId);
    }

    /** The authorities whose networks the user was given by name (admins and all-network editors: none). */
    public static java.util.List<String> networks(Authentication user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(NETWORK) && !a.equals(ALL_NETWORKS)).map(a -> a.substring(NETWORK.length()))
                .sorted().toList();
    }

    /** Whether the user may change the network of the authority with this global id. */
    public static boolean mayEdit(Authentication user, String authorityId) {
        if (user == null) {
            return false;
        }
        Collection<? extends GrantedAuthority> granted = user.getAuthorities();
        return granted.stream().map(GrantedAuthority::getAuthority).anyMatch(a -> a.equals("ROLE_ADMIN")
                || a.equals(ALL_NETWORKS) || a.equals(NETWORK + authorityId));
    }
}
