package org.kith.gallery.infrastructure.remote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kith.api.audit.AuditLog;
import org.kith.api.recognition.FaceRecognition;

/**
 * Makes the REST clients from configuration. Both services are found at {@code kith.url} (all
 * modules in one server) unless {@code kith.gallery.recognition.url} or {@code
 * kith.gallery.audit.url} say otherwise (modules on separate servers).
 */
@ApplicationScoped
public class RemoteServices {
  @Inject
  @ConfigProperty(name = "kith.url")
  Optional<String> platformUrl;

  @Inject
  @ConfigProperty(name = "kith.gallery.recognition.url")
  Optional<String> recognitionUrl;

  @Inject
  @ConfigProperty(name = "kith.gallery.audit.url")
  Optional<String> auditUrl;

  @Inject
  @ConfigProperty(name = "kith.gallery.recognition.timeout-ms", defaultValue = "15000")
  long recognitionTimeoutMs;

  @Inject
  @ConfigProperty(name = "kith.gallery.audit.timeout-ms", defaultValue = "5000")
  long auditTimeoutMs;

  @Inject
  @ConfigProperty(name = "kith.oidc.issuer")
  String issuer;

  @Inject
  @ConfigProperty(name = "kith.platform.client-id", defaultValue = "kith-platform")
  String clientId;

  @Inject
  @ConfigProperty(name = "kith.platform.client-secret")
  String clientSecret;

  private HttpClient http;
  private ServiceToken token;

  @jakarta.annotation.PostConstruct
  void start() {
    http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3))
            .build();
    token =
        new ServiceToken(
            http, issuer, clientId, clientSecret, Duration.ofSeconds(5), Clock.systemUTC());
  }

  // Singleton, not ApplicationScoped: the clients are final and thread-safe, so no proxy is needed.
  @Produces
  @Singleton
  FaceRecognition recognition() {
    return new RemoteFaceRecognition(
        http,
        recognitionUrl
            .or(() -> platformUrl)
            .orElseThrow(() -> missing("kith.gallery.recognition.url")),
        token,
        Duration.ofMillis(recognitionTimeoutMs));
  }

  @Produces
  @Singleton
  AuditLog audit() {
    return new RemoteAuditLog(
        http,
        auditUrl.or(() -> platformUrl).orElseThrow(() -> missing("kith.gallery.audit.url")),
        token,
        Duration.ofMillis(auditTimeoutMs));
  }

  private static IllegalStateException missing(String name) {
    return new IllegalStateException("neither kith.url nor " + name + " is configured");
  }
}
