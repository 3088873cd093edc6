package org.kith.gallery.infrastructure.remote;

import static org.kith.gallery.application.RecognitionAnswers.await;
import static org.kith.gallery.application.RecognitionAnswers.unwrap;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.kith.api.problem.KithException;
import org.kith.api.recognition.AnalysisOptions;
import org.kith.api.recognition.EmbeddingModel;
import org.kith.api.recognition.FaceAnalysis;
import org.kith.api.recognition.FaceHint;
import org.kith.api.recognition.FaceRecognition;
import org.kith.api.recognition.ImageErrors;
import org.kith.api.recognition.ImageRejectedException;
import org.kith.gallery.application.GalleryErrors;

/**
 * {@link FaceRecognition} over the recognition module's REST API. An image the recognition module
 * refuses comes back as the same {@link ImageErrors} code; anything else that goes wrong (down,
 * slow, token refused, unreadable answer) is {@code RECOGNITION_UNAVAILABLE}, never a 500.
 */
public final class RemoteFaceRecognition implements FaceRecognition {
  private static final Logger LOG = Logger.getLogger(RemoteFaceRecognition.class.getName());

  private final HttpClient http;
  private final URI analyses;
  private final URI runtime;
  private final ServiceToken token;
  private final Duration timeout;
  private final AtomicReference<EmbeddingModel> lastModel = new AtomicReference<>();

  public RemoteFaceRecognition(
      HttpClient http, String baseUrl, ServiceToken token, Duration timeout) {
    this.http = http;
    this.analyses = URI.create(stripSlash(baseUrl) + ANALYZE_PATH);
    this.runtime = URI.create(stripSlash(baseUrl) + RUNTIME_PATH);
    this.token = token;
    this.timeout = timeout;
  }

  @Override
  public FaceAnalysis analyze(byte[] image, AnalysisOptions options) {
    return await(analyzeAsync(image, options));
  }

  /** Sent at once; the answer is read on the HTTP client's threads. */
  @Override
  public CompletableFuture<FaceAnalysis> analyzeAsync(byte[] image, AnalysisOptions options) {
    return analyzeAsync(image, options, mediaType(image));
  }

  /**
   * The media type the image's first bytes announce, so the recognition module gets a truthful
   * Content-Type; anything else is sent as octet-stream and refused there with its own code.
   */
  static String mediaType(byte[] image) {
    if (image.length >= 3
        && (image[0] & 0xff) == 0xff
        && (image[1] & 0xff) == 0xd8
        && (image[2] & 0xff) == 0xff) {
      return "image/jpeg";
    }
    if (image.length >= 8
        && (image[0] & 0xff) == 0x89
        && image[1] == 'P'
        && image[2] == 'N'
        && image[3] == 'G') {
      return "image/png";
    }
    if (image.length >= 12
        && image[0] == 'R'
        && image[1] == 'I'
        && image[2] == 'F'
        && image[3] == 'F'
        && image[8] == 'W'
        && image[9] == 'E'
        && image[10] == 'B'
        && image[11] == 'P') {
      return "image/webp";
    }
    return "application/octet-stream";
  }

  /** As {@link #analyze(byte[], AnalysisOptions)} with the given content type. */
  FaceAnalysis analyze(byte[] image, AnalysisOptions options, String contentType) {
    return await(analyzeAsync(image, options, contentType));
  }

  /** The recognition module follows the faces itself: no detector on its side either. */
  @Override
  public FaceAnalysis follow(byte[] image, List<FaceHint> hints, AnalysisOptions options) {
    StringBuilder query = new StringBuilder();
    for (FaceHint hint : hints) {
      query.append('&').append(FOLLOW_PARAMETER).append('=').append(hint.toQuery());
    }
    return await(analyzeAsync(image, options, mediaType(image), query.toString()));
  }

  private CompletableFuture<FaceAnalysis> analyzeAsync(
      byte[] image, AnalysisOptions options, String contentType) {
    return analyzeAsync(image, options, contentType, "");
  }

  private CompletableFuture<FaceAnalysis> analyzeAsync(
      byte[] image, AnalysisOptions options, String contentType, String extraQuery) {
    URI uri =
        URI.create(
            analyses
                + "?maxFaces="
                + options.maxFaces()
                + "&landmarks="
                + options.landmarks()
                + "&embeddings="
                + options.embeddings()
                + extraQuery);
    return call(HttpRequest.newBuilder(uri)
            .header("Content-Type", contentType)
            .header("Accept", "application/json, application/problem+json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(image)))
        .thenApply(this::analysis);
  }

  private FaceAnalysis analysis(HttpResponse<String> response) {
    if (response.statusCode() == 200) {
      try {
        FaceAnalysis analysis =
            FaceAnalysisJson.read(
                Json.createReader(new StringReader(response.body())).readObject());
        analysis.faces().stream()
            .filter(f -> f.embedding() != null)
            .findFirst()
            .ifPresent(f -> lastModel.set(f.embedding().model()));
        return analysis;
      } catch (JsonException | IllegalArgumentException | ClassCastException e) {
        LOG.warning("GAL-041 unreadable analysis from the recognition service: " + e.getMessage());
        throw unavailable("the recognition service answered something unreadable");
      }
    }
    Optional<ImageErrors> imageError = imageError(response);
    if (imageError.isPresent()) {
      throw new ImageRejectedException(imageError.get(), imageError.get().title());
    }
    LOG.warning("GAL-042 recognition service answered HTTP " + response.statusCode());
    throw unavailable("the recognition service answered HTTP " + response.statusCode());
  }

  /**
   * The model of the latest embedding seen; the gallery takes each template's model from it. Before
   * the first face, the recognition module's runtime description names it.
   */
  @Override
  public EmbeddingModel embeddingModel() {
    EmbeddingModel model = lastModel.get();
    if (model != null) {
      return model;
    }
    HttpResponse<String> response =
        await(call(HttpRequest.newBuilder(runtime).header("Accept", "application/json").GET()));
    if (response.statusCode() != 200) {
      LOG.warning("GAL-045 recognition runtime answered HTTP " + response.statusCode());
      throw unavailable("the recognition service answered HTTP " + response.statusCode());
    }
    try {
      JsonObject m =
          Json.createReader(new StringReader(response.body()))
              .readObject()
              .getJsonObject("embeddingModel");
      EmbeddingModel named =
          new EmbeddingModel(m.getString("id"), m.getString("version"), m.getInt("dimension"));
      lastModel.compareAndSet(null, named);
      return lastModel.get();
    } catch (JsonException
        | IllegalArgumentException
        | ClassCastException
        | NullPointerException e) {
      LOG.warning("GAL-041 unreadable runtime from the recognition service: " + e.getMessage());
      throw unavailable("the recognition service answered something unreadable");
    }
  }

  /**
   * Sends the request with the service token; a token the recognition module refuses (401) is
   * dropped and the request sent once more with a fresh one.
   */
  private CompletableFuture<HttpResponse<String>> call(HttpRequest.Builder request) {
    return exchange(request)
        .thenCompose(
            response -> {
              if (response.statusCode() != 401) {
                return CompletableFuture.completedFuture(response);
              }
              token.invalidate();
              return exchange(request);
            });
  }

  /** One exchange; whatever stops it from being answered is {@code RECOGNITION_UNAVAILABLE}. */
  private CompletableFuture<HttpResponse<String>> exchange(HttpRequest.Builder request) {
    HttpRequest withToken;
    try {
      withToken =
          request
              .copy()
              .timeout(timeout)
              .header("Authorization", "Bearer " + tokenOrUnavailable())
              .build();
    } catch (KithException e) {
      return CompletableFuture.failedFuture(e);
    }
    return http.sendAsync(withToken, HttpResponse.BodyHandlers.ofString())
        .exceptionallyCompose(e -> CompletableFuture.failedFuture(unavailable(unwrap(e))));
  }

  private KithException unavailable(Throwable cause) {
    if (cause instanceof HttpTimeoutException) {
      LOG.warning("GAL-043 recognition service timed out after " + timeout.toMillis() + " ms");
      return unavailable("the recognition service did not answer in time");
    }
    if (cause instanceof KithException kith) {
      return kith;
    }
    LOG.warning("GAL-044 recognition service unreachable: " + cause.getClass().getSimpleName());
    return unavailable("the recognition service is not reachable");
  }

  private String tokenOrUnavailable() {
    try {
      return token.get();
    } catch (ServiceToken.ServiceUnavailable e) {
      throw unavailable(e.getMessage());
    }
  }

  private static Optional<ImageErrors> imageError(HttpResponse<String> response) {
    if (response.statusCode() >= 500) {
      return Optional.empty();
    }
    try {
      JsonObject problem = Json.createReader(new StringReader(response.body())).readObject();
      String code = problem.getString("code", "");
      return Arrays.stream(ImageErrors.values()).filter(e -> e.code().equals(code)).findFirst();
    } catch (JsonException | ClassCastException e) {
      return Optional.empty();
    }
  }

  private static KithException unavailable(String detail) {
    return new KithException(GalleryErrors.RECOGNITION_UNAVAILABLE, detail);
  }

  static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
