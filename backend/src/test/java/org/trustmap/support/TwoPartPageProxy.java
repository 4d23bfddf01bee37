package org.trustmap.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The application behind a slow network: a proxy on a free local port that passes every request through,
 * but sends the page itself ({@code /}) in two parts, the second a pause after the first, as a phone
 * network does. A browser then lays out and may paint the part that has arrived, which a fast local
 * load hardly ever shows. The JDK's own HTTP server and client: a test needs nothing more.
 */
public final class TwoPartPageProxy implements AutoCloseable {

    /** Headers the JDK's client sets itself and refuses to be given, and the hop-by-hop ones. */
    private static final Set<String> NOT_PASSED = Set.of("host", "connection", "content-length", "expect", "upgrade",
            "transfer-encoding", "keep-alive");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final URI app;
    private final String cutAfter;
    private final long pauseMillis;

    /**
     * @param appPort the application's port
     * @param cutAfter the page is cut a little after the first occurrence of this text
     * @param pauseMillis the pause between the two parts
     */
    public TwoPartPageProxy(int appPort, String cutAfter, long pauseMillis) throws IOException {
        this.app = URI.create("http://localhost:" + appPort);
        this.cutAfter = cutAfter;
        this.pauseMillis = pauseMillis;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::pass);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void pass(HttpExchange exchange) throws IOException {
        try (exchange) {
            HttpRequest.Builder request = HttpRequest.newBuilder(app.resolve(exchange.getRequestURI().toString()))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(exchange.getRequestBody().readAllBytes()));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!NOT_PASSED.contains(name.toLowerCase())) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers().map().forEach((name, values) -> {
                if (!NOT_PASSED.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] body = response.body();
            boolean empty = body.length == 0 || exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : 0);
            if (!empty) {
                send(exchange.getRequestURI().getPath().equals("/") ? cut(body) : body.length, body, exchange.getResponseBody());
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int cut(byte[] page) {
        byte[] mark = cutAfter.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + mark.length <= page.length; at++) {
            if (Arrays.equals(page, at, at + mark.length, mark, 0, mark.length)) {
                return Math.min(page.length, at + 3_000);
            }
        }
        return page.length;
    }

    private void send(int firstPart, byte[] body, OutputStream out) throws IOException, InterruptedException {
        out.write(body, 0, firstPart);
        out.flush();
        if (firstPart < body.length) {
            Thread.sleep(pauseMillis);
            out.write(body, firstPart, body.length - firstPart);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
