package org.trustmap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.trustmap.importing.NetworkImporter;
import org.trustmap.support.GraphQlHttp;
import org.trustmap.support.Testshire;
import tools.jackson.databind.JsonNode;

/**
 * The switch to a council's single sign-on: with a JWT key configured, bearer tokens signed by the
 * identity provider are accepted, roles and authority read from their claims; others are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SingleSignOnTest {

    static final KeyPair PROVIDER = keys();
    static final KeyPair IMPOSTOR = keys();

    @LocalServerPort
    int port;

    GraphQlHttp graphQl;

    @DynamicPropertySource
    static void trustTheProvider(DynamicPropertyRegistry registry) throws IOException {
        Path key = Files.createTempFile("identity-provider", ".pem");
        Files.writeString(key, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(PROVIDER.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + key);
    }

    @BeforeAll
    static void load(@Autowired NetworkImporter importer) {
        Testshire.load(importer);
    }

    @AfterAll
    static void remove(@Autowired NetworkImporter importer) {
        importer.remove(Testshire.ID);
    }

    @BeforeEach
    void connect() {
        graphQl = new GraphQlHttp(port);
    }

    @Test
    void anEditorsTokenFromTheProviderIsAccepted() throws Exception {
        JsonNode response = createPerson(token(PROVIDER, List.of("EDITOR"), Testshire.ID));

        assertThat(response.at("/data/createPerson/person/id").asString()).startsWith("person:jo-token-");
        assertThat(response.at("/data/createPerson/problems")).isEmpty();
    }

    @Test
    void theAuthorityClaimLimitsWhatAnEditorMayChange() throws Exception {
        JsonNode response = createPerson(token(PROVIDER, List.of("EDITOR"), "authority:E10000016"));

        assertThat(response.at("/data/createPerson/problems/0/message").asString()).startsWith("you may not change");
    }

    @Test
    void aTokenWithoutTheEditorRoleIsForbidden() throws Exception {
        JsonNode response = createPerson(token(PROVIDER, List.of("VIEWER"), Testshire.ID));

        assertThat(response.at("/errors/0/extensions/classification").asString()).isEqualTo("FORBIDDEN");
    }

    @Test
    void aTokenSignedBySomeoneElseIsRefused() throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token(IMPOSTOR, List.of("EDITOR"), Testshire.ID))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"query\":\"{ authorities { id } }\"}")).build();

        var response = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void anEditorsTokenWithoutTheAuthorityClaimIsRefused() throws Exception {
        var response = send(token(PROVIDER, List.of("EDITOR"), null));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).contains("invalid_token")
                .contains("names no authority");
    }

    @Test
    void anAdminsTokenMayLeaveTheAuthorityOut() throws Exception {
        JsonNode response = createPerson(token(PROVIDER, List.of("ADMIN"), null));

        assertThat(response.at("/data/createPerson/person/id").asString()).startsWith("person:jo-token-");
    }

    private java.net.http.HttpResponse<String> send(String token) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"query\":\"{ authorities { id } }\"}")).build();
        return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode createPerson(String token) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"query\":\"mutation { createPerson(input: "
                        + "{authority: \\\"" + Testshire.ID + "\\\", name: \\\"Jo Token\\\"}) { person { id } "
                        + "problems { message } } }\"}")).build();
        var response = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body());
    }

    private static String token(KeyPair keys, List<String> roles, String authority) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("officer-42").claim("preferred_username", "jo.officer")
                .claim("roles", roles).claim("trustmap_authority", authority)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(600))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
        return jwt.serialize();
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
