package org.kith.deploy.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Walks the authorization code flow the way a browser does: follows redirects, keeps cookies per
 * host and port, and submits Keycloak's login form. The cookie jar is explicit because the JDK's
 * refuses {@code Secure} cookies on loopback http, which browsers accept. (Full browser tests of
 * the UI drive Chromium.)
 */
public final class BrowserLogin {
  private static final Pattern FORM_ACTION =
      Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
  private static final int MAX_REDIRECTS = 10;

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final Map<String, Map<String, String>> cookies = new HashMap<>();

  public HttpResponse<String> get(URI page) throws IOException, InterruptedException {
    return follow(HttpRequest.newBuilder(page).GET());
  }

  /** Posts a form, as a browser submits one, and follows where it leads. */
  public HttpResponse<String> post(URI page, String form) throws IOException, InterruptedException {
    return follow(
        HttpRequest.newBuilder(page)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** Opens {@code page}, logs in on the Keycloak page it leads to, and returns where that ends. */
  public HttpResponse<String> login(URI page, String username, String password)
      throws IOException, InterruptedException {
    HttpResponse<String> loginPage = get(page);
    Matcher action = FORM_ACTION.matcher(loginPage.body());
    if (!action.find()) {
      throw new AssertionError(
          "Expected Keycloak's login form, got " + loginPage.uri() + ": " + loginPage.body());
    }
    String form =
        "username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&credentialId=";
    return follow(
        HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  private HttpResponse<String> follow(HttpRequest.Builder first)
      throws IOException, InterruptedException {
    HttpRequest request = withCookies(first);
    for (int hop = 0; hop < MAX_REDIRECTS; hop++) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      remember(response);
      int status = response.statusCode();
      if (status < 300 || status >= 400) {
        return response;
      }
      URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
      request = withCookies(HttpRequest.newBuilder(next).GET());
    }
    throw new AssertionError("More than " + MAX_REDIRECTS + " redirects");
  }

  private HttpRequest withCookies(HttpRequest.Builder builder) {
    HttpRequest probe = builder.build();
    Map<String, String> jar = cookies.getOrDefault(origin(probe.uri()), Map.of());
    if (!jar.isEmpty()) {
      builder.header(
          "Cookie",
          jar.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    return builder.build();
  }

  private void remember(HttpResponse<String> response) {
    Map<String, String> jar =
        cookies.computeIfAbsent(origin(response.uri()), k -> new LinkedHashMap<>());
    for (String header : response.headers().allValues("Set-Cookie")) {
      String pair = header.split(";", 2)[0];
      int eq = pair.indexOf('=');
      if (eq > 0) {
        String value = pair.substring(eq + 1);
        if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
          jar.remove(pair.substring(0, eq));
        } else {
          jar.put(pair.substring(0, eq), value);
        }
      }
    }
  }

  private static String origin(URI uri) {
    return uri.getHost() + ":" + uri.getPort();
  }
}
