package org.kith.gallery.infrastructure.remote;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The platform's service token ({@code kith-platform} client, role {@code platform-service}) from
 * the realm's client-credentials grant, cached until shortly before it expires so the hot path does
 * not ask the identity provider on every call.
 */
public final class ServiceToken implements Supplier<String> {
  private static final Logger LOG = Logger.getLogger(ServiceToken.class.getName());

  /** Renew this long before expiry, so a token never expires in flight. */
  private static final Duration EARLY = Duration.ofSeconds(30);

  private final HttpClient http;
  private final URI tokenEndpoint;
  private final String clientId;
  private final String clientSecret;
  private final Duration timeout;
  private final Clock clock;

  private String token;
  private Instant renewAt = Instant.MIN;

  public ServiceToken(
      HttpClient http,
      String issuer,
      String clientId,
      String clientSecret,
      Duration timeout,
      Clock clock) {
    this.http = http;
    this.tokenEndpoint = URI.create(issuer + "/protocol/openid-connect/token");
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.timeout = timeout;
    this.clock = clock;
  }

  /**
   * A valid token; throws {@link ServiceUnavailable} when the identity provider cannot issue one.
   */
  @Override
  public synchronized String get() {
    if (token == null || !clock.instant().isBefore(renewAt)) {
      fetch();
    }
    return token;
  }

  /** Forgets the cached token, after a service refused it. */
  public synchronized void invalidate() {
    token = null;
  }

  private void fetch() {
    String form =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(tokenEndpoint)
            .timeout(timeout)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        LOG.warning("GAL-030 service token refused (HTTP " + response.statusCode() + ")");
        throw new ServiceUnavailable("the identity provider refused the service token");
      }
      JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
      token = body.getString("access_token");
      long seconds = body.getJsonNumber("expires_in").longValue();
      renewAt = clock.instant().plusSeconds(seconds).minus(EARLY);
    } catch (IOException e) {
      LOG.warning("GAL-031 identity provider unreachable: " + e.getClass().getSimpleName());
      throw new ServiceUnavailable("the identity provider is not reachable", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServiceUnavailable("interrupted while asking for a service token", e);
    }
  }

  /** The token could not be had; callers turn this into their own 503. */
  public static final class ServiceUnavailable extends RuntimeException {
    ServiceUnavailable(String message) {
      super(message);
    }

    ServiceUnavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
