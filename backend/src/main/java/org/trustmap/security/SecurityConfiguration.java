package org.trustmap.security;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Anyone may read; changes need an editor, whole-authority imports and exports and the audit trail an
 * admin. Accounts sign in with HTTP Basic, with a browser session (form login, CSRF-protected), or,
 * once single sign-on is configured, with the council's JWT bearer tokens. Every response carries a
 * strict Content-Security-Policy: nothing runs or loads from anywhere but this server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain web(HttpSecurity http, SecurityProperties properties, ObjectProvider<JwtDecoder> jwt,
            RequestGuards guards) throws Exception {
        boolean bearerTokens = jwt.getIfAvailable() != null;
        CookieCsrfTokenRepository csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/admin/**").hasRole("ADMIN")
                        .anyRequest().permitAll())
                .httpBasic(Customizer.withDefaults())
                .formLogin(Customizer.withDefaults())
                // A request riding on a browser session needs a CSRF token (our pages read it from the
                // XSRF-TOKEN cookie); one carrying its own credentials (Basic or Bearer), or none at all
                // (anonymous reads), cannot be forged into acting with someone's rights.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(RequestGuards.csrfRequired(bearerTokens)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frames -> frames.deny()));
        guards.applyTo(http, bearerTokens);
        if (bearerTokens) {
            log.info("Single sign-on: accepting JWT bearer tokens, roles from claim '{}'", properties.rolesClaim());
            http.oauth2ResourceServer(server -> server.jwt(j -> j.jwtAuthenticationConverter(
                    new JwtRoles(properties.rolesClaim(), properties.authorityClaim()))));
        }
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    InMemoryUserDetailsManager accounts(SecurityProperties properties, PasswordEncoder encoder) {
        List<UserDetails> users = new ArrayList<>();
        for (SecurityProperties.Account editor : properties.editors().stream().filter(SecurityProperties.Account::enabled).toList()) {
            users.add(user(editor, encoder, List.of(new SimpleGrantedAuthority("ROLE_EDITOR"),
                    Permissions.network(editor.authority()))));
        }
        for (SecurityProperties.Account admin : properties.admins().stream().filter(SecurityProperties.Account::enabled).toList()) {
            users.add(user(admin, encoder, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"),
                    new SimpleGrantedAuthority("ROLE_EDITOR"))));
        }
        if (users.isEmpty()) {
            log.info("No accounts configured (TRUSTMAP_EDITOR_PASSWORD, TRUSTMAP_ADMIN_PASSWORD): "
                    + "the network can be read, not changed");
        }
        return new InMemoryUserDetailsManager(users);
    }

    private static UserDetails user(SecurityProperties.Account account, PasswordEncoder encoder,
            List<GrantedAuthority> authorities) {
        String password = account.password().startsWith("{") ? account.password() : encoder.encode(account.password());
        return User.withUsername(account.username()).password(password).authorities(authorities).build();
    }
}
