package org.kith.gallery.infrastructure.remote;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A loopback HTTP server standing in for Keycloak's token endpoint and one Kith service. */
final class FakeServer implements AutoCloseable {
  record Answer(int status, String contentType, String body) {}

  interface Handler {
    Answer handle(HttpExchange exchange, byte[] body) throws IOException;
  }

  final HttpServer server;
  final AtomicInteger tokensIssued = new AtomicInteger();
  final List<String> requests = new CopyOnWriteArrayList<>();
  final List<String> authorizations = new CopyOnWriteArrayList<>();

  FakeServer(String servicePath, Handler service) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/realms/kith/protocol/openid-connect/token",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          int n = tokensIssued.incrementAndGet();
          reply(
              exchange,
              new Answer(
                  200,
                  "application/json",
                  "{\"access_token\":\"token-" + n + "\",\"expires_in\":300}"));
        });
    server.createContext(
        servicePath,
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          requests.add(exchange.getRequestURI().toString());
          authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
          reply(exchange, service.handle(exchange, body));
        });
    server.start();
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  String issuer() {
    return base() + "/realms/kith";
  }

  private static void reply(HttpExchange exchange, Answer answer) throws IOException {
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", answer.contentType());
    exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
