package org.trustmap.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Posts GraphQL requests to the running application over real HTTP, as a client would. */
public final class GraphQlHttp {

    public static final String EDITOR = "editor:test-editor-password";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final int port;

    public GraphQlHttp(int port) {
        this.port = port;
    }

    /** The whole response: data, errors, extensions. */
    public JsonNode post(String query, Map<String, Object> variables) {
        return post(query, variables, null);
    }

    public JsonNode post(String query, Map<String, Object> variables, String credentials) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        }
        catch (IOException ex) {
            throw new AssertionError(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new AssertionError(ex);
        }
    }

    /** The data of a response that must have no errors. */
    public JsonNode data(String query, Map<String, Object> variables) {
        JsonNode response = post(query, variables);
        if (response.has("errors")) {
            throw new AssertionError("Unexpected errors: " + response.get("errors"));
        }
        return response.get("data");
    }

    /** Reads a GraphQL document from src/test/resources/graphql-test. */
    public static String document(String name) {
        try (var in = GraphQlHttp.class.getResourceAsStream("/graphql-test/" + name + ".graphql")) {
            if (in == null) {
                throw new IllegalArgumentException("No test document " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new AssertionError(ex);
        }
    }
}
