package org.kith.gallery.infrastructure.remote;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;
import org.kith.api.audit.AuditEntry;
import org.kith.api.audit.AuditLog;
import org.kith.api.audit.AuditReceipt;
import org.kith.api.problem.KithException;
import org.kith.gallery.application.GalleryErrors;

/**
 * {@link AuditLog} over the audit module's REST API. Only a 201 with a receipt counts as recorded:
 * everything else is {@code AUDIT_UNAVAILABLE}, which identify answers with 503 and no identity. A
 * feedback entry naming an event the audit log does not know is {@code FEEDBACK_EVENT_NOT_FOUND}.
 */
public final class RemoteAuditLog implements AuditLog {
  private static final Logger LOG = Logger.getLogger(RemoteAuditLog.class.getName());

  private final HttpClient http;
  private final URI events;
  private final ServiceToken token;
  private final Duration timeout;

  public RemoteAuditLog(HttpClient http, String baseUrl, ServiceToken token, Duration timeout) {
    this.http = http;
    this.events = URI.create(RemoteFaceRecognition.stripSlash(baseUrl) + APPEND_PATH);
    this.token = token;
    this.timeout = timeout;
  }

  @Override
  public AuditReceipt append(AuditEntry entry) {
    String body = AuditEntryJson.write(entry).toString();
    HttpResponse<String> response = send(body);
    if (response.statusCode() == 401) {
      token.invalidate();
      response = send(body);
    }
    if (response.statusCode() == 201) {
      try {
        return AuditEntryJson.receipt(
            Json.createReader(new StringReader(response.body())).readObject());
      } catch (JsonException | NullPointerException | ClassCastException e) {
        throw unavailable("the audit log answered an unreadable receipt");
      }
    }
    if (response.statusCode() == 422) {
      throw new KithException(
          GalleryErrors.FEEDBACK_EVENT_NOT_FOUND, "the audit event does not exist in this clinic");
    }
    // 400 means Kith built an entry the audit log refuses: a defect, but still fail closed.
    LOG.warning("GAL-052 audit log answered HTTP " + response.statusCode() + ": " + code(response));
    throw unavailable("the audit log answered HTTP " + response.statusCode());
  }

  private HttpResponse<String> send(String body) {
    String bearer;
    try {
      bearer = token.get();
    } catch (ServiceToken.ServiceUnavailable e) {
      throw unavailable(e.getMessage());
    }
    HttpRequest request =
        HttpRequest.newBuilder(events)
            .timeout(timeout)
            .header("Authorization", "Bearer " + bearer)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, application/problem+json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      LOG.warning("GAL-051 audit log unreachable: " + e.getClass().getSimpleName());
      throw unavailable("the audit log is not reachable");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable("interrupted while waiting for the audit log");
    }
  }

  private static String code(HttpResponse<String> response) {
    try {
      JsonObject problem = Json.createReader(new StringReader(response.body())).readObject();
      return problem.getString("code", "?");
    } catch (JsonException | ClassCastException e) {
      return "?";
    }
  }

  private static KithException unavailable(String detail) {
    return new KithException(GalleryErrors.AUDIT_UNAVAILABLE, detail);
  }
}
