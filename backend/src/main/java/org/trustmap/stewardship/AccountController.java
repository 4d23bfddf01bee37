package org.trustmap.stewardship;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.trustmap.security.Permissions;

/** {@code me}: the signed-in account, so that the page shows editing controls only where they work. */
@Controller
class AccountController {

    @QueryMapping
    Map<String, Object> me(Authentication user) {
        if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
            return null;
        }
        List<String> granted = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("name", user.getName());
        account.put("admin", granted.contains("ROLE_ADMIN"));
        account.put("editsAll", granted.contains("ROLE_EDITOR") && Permissions.mayEdit(user, "*"));
        account.put("authorities", granted.contains("ROLE_EDITOR") ? Permissions.networks(user) : List.of());
        return account;
    }
}
