package org.trustmap.stewardship;

import java.util.List;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.trustmap.security.Permissions;

/** {@code me}: the signed-in account, so that the page shows editing controls only where they work. */
@Controller
class AccountController {

    /** The GraphQL type {@code Account}. */
    record Account(String name, boolean admin, boolean editsAll, List<String> authorities) {
    }

    @QueryMapping
    Account me(Authentication user) {
        if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
            return null;
        }
        List<String> granted = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return new Account(user.getName(), granted.contains("ROLE_ADMIN"),
                granted.contains("ROLE_EDITOR") && Permissions.mayEdit(user, "*"),
                granted.contains("ROLE_EDITOR") ? Permissions.networks(user) : List.of());
    }
}
