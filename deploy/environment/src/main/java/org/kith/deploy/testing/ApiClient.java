package org.kith.deploy.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Plain HTTP calls to a deployed module, as a device or the web UI makes them. */
public final class ApiClient {
  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public ApiClient(URI base) {
    this.base = base;
  }

  public Reply get(String path, String token) {
    return send(request(path, token).GET());
  }

  public Reply post(String path, String token, String json) {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply put(String path, String token, String json) {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply delete(String path, String token) {
    return send(request(path, token).DELETE());
  }

  /** A raw body, as a device sends an image. */
  public Reply postBytes(String path, String token, String contentType, byte[] body) {
    return send(
        request(path, token)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** A raw body sent with PUT, as a file is uploaded; a null content type sends none. */
  public Reply putBytes(String path, String token, String contentType, byte[] body) {
    HttpRequest.Builder builder = request(path, token);
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    return send(builder.PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** A GET whose answer is kept as bytes with its headers, for file downloads. */
  public Download download(String path, String token) {
    try {
      HttpResponse<byte[]> response =
          http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Download(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException("Request failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A downloaded file: status, headers and the raw body. */
  public record Download(int status, java.net.http.HttpHeaders headers, byte[] body) {
    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    /** The body read as JSON, for a problem answer. */
    public JsonObject json() {
      return Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))
          .readObject();
    }
  }

  /** A {@code multipart/form-data} body, as a browser uploads files. */
  public Reply postMultipart(String path, String token, List<FilePart> parts) {
    String boundary = "kith-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (FilePart part : parts) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + part.name()
                  + "\"; filename=\""
                  + part.fileName()
                  + "\"\r\nContent-Type: "
                  + part.contentType()
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(part.content());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        request(path, token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** One file of a multipart upload. */
  public record FilePart(String name, String fileName, String contentType, byte[] content) {}

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new IllegalStateException("Request failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response: status, media type and body. */
  public record Reply(int status, String contentType, String body) {
    public JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }

    public JsonArray jsonArray() {
      return Json.createReader(new StringReader(body)).readArray();
    }

    public boolean isProblem() {
      return contentType.startsWith("application/problem+json");
    }

    @Override
    public String toString() {
      return status + " " + contentType + " " + body;
    }
  }
}
