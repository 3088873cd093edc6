package org.kith.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.kith.deploy.testing.CompanionModules;
import org.kith.deploy.testing.IntegrationEnvironment;

/**
 * Waits until the APIs the UI calls answer on the shared companion server. Its readiness report can
 * come up before every WAR serves requests, and an API still deploying answers 404, which the UI
 * rightly shows as "not found"; an API that is up refuses an anonymous call with 401 instead.
 */
final class CompanionApis {
  private static final List<String> PROBES =
      List.of("/gallery/api/v1/patients", "/audit/api/v1/verify", "/recognition/api/v1/runtime");
  private static volatile boolean up;

  private CompanionApis() {}

  static void awaitUp() {
    if (up) {
      return;
    }
    CompanionModules companions = IntegrationEnvironment.current().companions();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    for (String path : PROBES) {
      HttpRequest probe =
          HttpRequest.newBuilder(URI.create(companions.url() + path))
              .timeout(Duration.ofSeconds(10))
              .build();
      int status = 0;
      while (status != 401 && status != 403 && status != 200) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException(path + " still answers " + status + " after 5 minutes");
        }
        try {
          status = http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode();
          if (status != 401 && status != 403 && status != 200) {
            Thread.sleep(1000);
          }
        } catch (IOException notYet) {
          status = 0;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    }
    up = true;
  }
}
