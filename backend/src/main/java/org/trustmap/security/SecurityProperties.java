package org.trustmap.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Accounts allowed to change the network.
 *
 * @param editors partnership officers: a username and a password ({bcrypt}... hashes are taken as they are)
 */
@ConfigurationProperties("trustmap.security")
public record SecurityProperties(@DefaultValue List<Editor> editors) {

    /** An account with no password is switched off. */
    public record Editor(String username, String password) {

        boolean enabled() {
            return username != null && !username.isBlank() && password != null && !password.isBlank();
        }
    }
}
