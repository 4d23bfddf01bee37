package org.trustmap.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may change what.
 *
 * @param editors     partnership officers: they change their authority's network (every authority's
 *                    when none is given, for a single council's installation)
 * @param admins      they import and export whole authorities, read the audit trail, and change any network
 * @param rolesClaim  with single sign-on (JWT bearer tokens): the claim holding the roles (EDITOR, ADMIN)
 * @param authorityClaim with single sign-on: the claim holding the authority an editor works for
 */
@ConfigurationProperties("trustmap.security")
public record SecurityProperties(@DefaultValue List<Account> editors, @DefaultValue List<Account> admins,
        @DefaultValue("roles") String rolesClaim, @DefaultValue("trustmap_authority") String authorityClaim) {

    /**
     * A configured account; one with no password is switched off.
     *
     * @param password plain, or a {bcrypt} hash
     * @param authority global id of the authority whose network an editor may change (all when empty)
     */
    public record Account(String username, String password, String authority) {

        boolean enabled() {
            return username != null && !username.isBlank() && password != null && !password.isBlank();
        }
    }
}
