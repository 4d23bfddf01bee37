package org.trustmap.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts GraphQL requests ({@code {query, variables}}) to the application's {@code /graphql} over
 * HTTP/1.1 and reads back what the benchmark needs: whether it failed, why, and the database round trips
 * the API reports in {@code extensions.dbRoundTrips}. The data itself is skipped, not built.
 */
final class GraphQlClient {

    /** One answer. @param roundTrips the reported round trips, or -1 when the response does not say */
    record Reply(String error, int roundTrips) {

        boolean failed() {
            return error != null;
        }
    }

    // Parts of the response are read as trees from one parser, each followed by more of the response.
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;

    GraphQlClient(String baseUrl) {
        this.endpoint = URI.create(baseUrl + "/graphql");
    }

    Reply send(String document, Map<String, Object> variables, Duration timeout) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                return new Reply("HTTP " + response.statusCode() + ": " + abbreviate(new String(response.body())), -1);
            }
            return read(response.body());
        }
        catch (IOException ex) {
            return new Reply(ex.getClass().getSimpleName() + ": " + ex.getMessage(), -1);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return new Reply("interrupted", -1);
        }
    }

    /** Reads the top-level errors and extensions of a GraphQL response, skipping its data. */
    static Reply read(byte[] body) {
        String error = null;
        int roundTrips = -1;
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return new Reply("not a JSON object: " + abbreviate(new String(body)), -1);
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("errors") && parser.currentToken() == JsonToken.START_ARRAY) {
                    var errors = JSON.readTree(parser);
                    if (!errors.isEmpty()) {
                        error = errors.size() + " error(s), first: " + abbreviate(errors.get(0).path("message")
                                .asString());
                    }
                }
                else if (field.equals("extensions") && parser.currentToken() == JsonToken.START_OBJECT) {
                    var extensions = JSON.readTree(parser);
                    if (extensions.path("dbRoundTrips").isNumber()) {
                        roundTrips = extensions.path("dbRoundTrips").asInt();
                    }
                }
                else {
                    parser.skipChildren();
                }
            }
        }
        catch (RuntimeException ex) {
            return new Reply("unreadable response: " + ex.getMessage(), -1);
        }
        return new Reply(error, roundTrips);
    }

    private static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= 160 ? line : line.substring(0, 157) + "...";
    }
}
