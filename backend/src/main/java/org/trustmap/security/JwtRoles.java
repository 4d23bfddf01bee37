package org.trustmap.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads a single sign-on token's roles (EDITOR, ADMIN) and an editor's authority from the claims the
 * council's identity provider is configured to send. A token without the authority claim is refused
 * unless it is an admin's.
 */
final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    private final String rolesClaim;
    private final String authorityClaim;

    JwtRoles(String rolesClaim, String authorityClaim) {
        this.rolesClaim = rolesClaim;
        this.authorityClaim = authorityClaim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        Collection<String> roles = jwt.hasClaim(rolesClaim) ? jwt.getClaimAsStringList(rolesClaim) : List.of();
        for (String role : roles) {
            if (role.equalsIgnoreCase("EDITOR") || role.equalsIgnoreCase("ADMIN")) {
                authorities.add(new SimpleGrantedAuthority("ROLE_" + role.toUpperCase()));
            }
        }
        boolean admin = authorities.stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
        if (admin) {
            authorities.add(new SimpleGrantedAuthority("ROLE_EDITOR"));
        }
        String authority = jwt.hasClaim(authorityClaim) ? jwt.getClaimAsString(authorityClaim) : null;
        if (!admin && (authority == null || authority.isBlank())) {
            // Fail closed: a provider that forgot the claim must not make an editor of every authority.
            throw new InvalidBearerTokenException("The token names no authority (claim " + authorityClaim
                    + "); only an admin's token may leave it out.");
        }
        if (!admin) {
            authorities.add(Permissions.network(authority));
        }
        String name = jwt.hasClaim("preferred_username") ? jwt.getClaimAsString("preferred_username") : jwt.getSubject();
        return new JwtAuthenticationToken(jwt, authorities, name);
    }
}
