package io.github.devidentity.integrations;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A loopback HTTP server that answers scripted responses per path and query, and remembers every
 * request: the vendors' published examples are served from test resources.
 */
final class FixtureServer implements AutoCloseable {
  /** One scripted answer. */
  record Answer(int status, Map<String, String> headers, String body) {
    static Answer json(String body) {
      return new Answer(200, Map.of("Content-Type", "application/json"), body);
    }
  }

  /** One request as the server saw it. */
  record Request(String pathAndQuery, Map<String, List<String>> headers) {
    String header(String name) {
      for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
        if (entry.getKey().equalsIgnoreCase(name)) {
          return entry.getValue().get(0);
        }
      }
      return null;
    }
  }

  private final HttpServer server;
  private final Map<String, Deque<Answer>> script = new HashMap<>();
  private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

  FixtureServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::answer);
    server.start();
  }

  /** The server's base URI, e.g. {@code http://127.0.0.1:40123}. */
  URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Scripts answers for a path and query, in order; the last one repeats. */
  FixtureServer on(String pathAndQuery, Answer... answers) {
    script.computeIfAbsent(pathAndQuery, k -> new ArrayDeque<>()).addAll(List.of(answers));
    return this;
  }

  /** Every request so far, in order. */
  List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** A test resource's text, e.g. {@code fixtures/github/pulls-list.json}. */
  static String resource(String name) {
    try (InputStream in = FixtureServer.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void answer(HttpExchange exchange) throws IOException {
    String key = exchange.getRequestURI().getRawPath()
        + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
    requests.add(new Request(key, Map.copyOf(exchange.getRequestHeaders())));
    Answer answer;
    synchronized (script) {
      Deque<Answer> answers = script.get(key);
      if (answers == null || answers.isEmpty()) {
        answer = new Answer(404, Map.of(), "{\"message\":\"Not Found: " + key + "\"}");
      } else {
        answer = answers.size() > 1 ? answers.poll() : answers.peek();
      }
    }
    byte[] body = answer.body().getBytes(UTF_8);
    answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
