package org.kith.deploy.testing;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.kith.deploy.environment.Secrets;

/** Real access tokens from the test Keycloak, for the demo users and clients of the kith realm. */
public final class Tokens {
  private final String issuer;
  private final Secrets secrets;
  private final HttpClient http = HttpClient.newHttpClient();

  public Tokens(String issuer, Secrets secrets) {
    this.issuer = issuer;
    this.secrets = secrets;
  }

  /** A user's token through the demo realm's script client (password grant). */
  public String user(String username) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "password");
    form.put("client_id", "kith-cli");
    form.put("username", username);
    form.put("password", secrets.get(Secrets.DEMO_PASSWORD));
    form.put("scope", "openid");
    return request(form);
  }

  /** The demo device's token (client credentials). */
  public String demoDevice() {
    return client("demo-device", secrets.get(Secrets.DEMO_DEVICE_SECRET));
  }

  /** The platform's own service token, as one module presents it to another. */
  public String platformService() {
    return client("kith-platform", secrets.get(Secrets.PLATFORM_CLIENT_SECRET));
  }

  public String client(String clientId, String secret) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "client_credentials");
    form.put("client_id", clientId);
    form.put("client_secret", secret);
    return request(form);
  }

  private String request(Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "Token request refused: " + response.statusCode() + " " + response.body());
      }
      JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
      return json.getString("access_token");
    } catch (IOException e) {
      throw new IllegalStateException("Keycloak unreachable at " + issuer, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
