package org.kith.web.client;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * JSON over HTTP to Kith's modules, as the logged-in user. Refusals become {@link ApiProblem}s
 * carrying the problem's code, a message fit for a clinician and the fields it names.
 */
@RequestScoped
public class RestClient {
  private static final Logger LOG = Logger.getLogger(RestClient.class.getName());
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Jsonb JSONB = JsonbBuilder.create();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  @Inject AccessToken token;

  public <T> T get(URI uri, Type type) {
    return read(send(request(uri).GET().build()), type);
  }

  public <T> T post(URI uri, Object body, Type type) {
    return read(send(json(request(uri), body).build()), type);
  }

  public <T> T put(URI uri, Object body, Type type) {
    HttpRequest.Builder builder = request(uri).header("Content-Type", "application/json");
    builder.PUT(HttpRequest.BodyPublishers.ofString(JSONB.toJson(body)));
    return read(send(builder.build()), type);
  }

  public void delete(URI uri) {
    send(request(uri).DELETE().build());
  }

  /** A multipart/form-data POST (photos), answered with JSON. */
  public <T> T postMultipart(URI uri, MultipartBody body, Type type) {
    HttpRequest request =
        request(uri)
            .header("Content-Type", body.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
            .build();
    return read(send(request), type);
  }

  /** A PUT of raw bytes (a file), answered with JSON. */
  public <T> T putBytes(URI uri, String contentType, byte[] bytes, Type type) {
    HttpRequest request =
        request(uri)
            .header("Content-Type", contentType)
            .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
            .build();
    return read(send(request), type);
  }

  /** A file the API keeps, with its type and suggested name, as the API answered it. */
  public record Fetched(String contentType, String disposition, byte[] bytes) {}

  /** Fetches a file (consent evidence, a thumbnail). */
  public Fetched fetch(URI uri) {
    HttpRequest request = request(uri).setHeader("Accept", "*/*").GET().build();
    HttpResponse<byte[]> response = sendBytes(request);
    return new Fetched(
        response.headers().firstValue("Content-Type").orElse("application/octet-stream"),
        response.headers().firstValue("Content-Disposition").orElse(null),
        response.body());
  }

  /** The answer's bytes as they are (exports). */
  public byte[] download(URI uri, String accept) {
    HttpRequest request = request(uri).header("Accept", accept).GET().build();
    HttpResponse<byte[]> response = sendBytes(request);
    return response.body();
  }

  private HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri)
        .timeout(TIMEOUT)
        .header("Authorization", token.bearer())
        .header("Accept", "application/json");
  }

  private static HttpRequest.Builder json(HttpRequest.Builder builder, Object body) {
    String text = body == null ? "{}" : JSONB.toJson(body);
    return builder
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      HttpResponse<String> response =
          HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() >= 400) {
        throw problem(request, response.statusCode(), response.body());
      }
      return response;
    } catch (IOException e) {
      LOG.log(Level.WARNING, "WEB-010 {0} {1} failed: {2}", args(request, e));
      throw new ServiceUnavailable(service(request.uri()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServiceUnavailable(service(request.uri()));
    }
  }

  private static HttpResponse<byte[]> sendBytes(HttpRequest request) {
    try {
      HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() >= 400) {
        throw problem(
            request, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
      }
      return response;
    } catch (IOException e) {
      LOG.log(Level.WARNING, "WEB-010 {0} {1} failed: {2}", args(request, e));
      throw new ServiceUnavailable(service(request.uri()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServiceUnavailable(service(request.uri()));
    }
  }

  private static Object[] args(HttpRequest request, Exception e) {
    return new Object[] {request.method(), request.uri().getPath(), e.toString()};
  }

  private static <T> T read(HttpResponse<String> response, Type type) {
    if (type == Void.class || response.body() == null || response.body().isBlank()) {
      return null;
    }
    return JSONB.fromJson(response.body(), type);
  }

  /** Reads a problem+json answer; anything else becomes a plain message for its status. */
  static ApiProblem problem(HttpRequest request, int status, String body) {
    LOG.log(
        status >= 500 ? Level.WARNING : Level.FINE,
        "WEB-011 {0} {1} answered {2}",
        new Object[] {request.method(), request.uri().getPath(), status});
    return parseProblem(status, body, service(request.uri()));
  }

  static ApiProblem parseProblem(int status, String body, String service) {
    JsonObject problem = null;
    if (body != null && body.trim().startsWith("{")) {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        problem = reader.readObject();
      } catch (RuntimeException e) {
        problem = null;
      }
    }
    if (problem == null) {
      return new ApiProblem(status, "", fallbackMessage(status, service), List.of());
    }
    List<ApiProblem.FieldMessage> fields = new ArrayList<>();
    JsonValue violations = problem.get("violations");
    if (violations != null && violations.getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonValue v : violations.asJsonArray()) {
        if (v.getValueType() == JsonValue.ValueType.OBJECT) {
          JsonObject o = v.asJsonObject();
          fields.add(
              new ApiProblem.FieldMessage(o.getString("field", ""), o.getString("message", "")));
        }
      }
    }
    String detail = problem.getString("detail", null);
    String title = problem.getString("title", null);
    String message = detail != null && !detail.isBlank() ? detail : title;
    if (message == null || message.isBlank() || status >= 500) {
      message = fallbackMessage(status, service);
    }
    return new ApiProblem(status, problem.getString("code", ""), message, fields);
  }

  private static String fallbackMessage(int status, String service) {
    return switch (status) {
      case 401 -> "Your login has expired. Please reload the page to log in again.";
      case 403 -> "You are not allowed to do this.";
      case 404 -> "Not found.";
      case 409 -> "This was changed in the meantime. Please reload the page and try again.";
      default ->
          status >= 500
              ? "Kith's " + service + " service could not do this right now. Please try again."
              : "The request was not accepted.";
    };
  }

  private static String service(URI uri) {
    String path = uri.getPath();
    return path.startsWith("/audit") ? "audit" : path.startsWith("/gallery") ? "gallery" : "";
  }
}
