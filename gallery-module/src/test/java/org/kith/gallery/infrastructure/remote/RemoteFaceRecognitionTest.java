package org.kith.gallery.infrastructure.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kith.api.problem.KithException;
import org.kith.api.recognition.AnalysisOptions;
import org.kith.api.recognition.FaceAnalysis;
import org.kith.api.recognition.FaceRecognition;
import org.kith.api.recognition.ImageErrors;
import org.kith.api.recognition.ImageRejectedException;
import org.kith.gallery.application.GalleryErrors;

class RemoteFaceRecognitionTest {
  static final String ANALYSIS =
      """
      {"imageWidth":640,"imageHeight":480,"millis":{"total":12.5},
       "faces":[{"box":{"x":10,"y":20,"width":100,"height":120},"score":0.98,
         "landmarks5":[{"x":1,"y":2,"z":0},{"x":3,"y":4},{"x":5,"y":6},{"x":7,"y":8},{"x":9,"y":10}],
         "landmarks":[],
         "regions":{"face":{"box":{"x":10,"y":20,"width":100,"height":120},"visibility":1.0}},
         "pose":{"yaw":-12.5,"pitch":3,"roll":1},
         "quality":{"score":0.8,"brightness":0.5,"contrast":0.2,"sharpness":0.3,"faceSize":55,
                    "occlusion":0.05,"detectionScore":0.98,"liveness":0.9},
         "embedding":{"model":{"id":"net","version":"7","dimension":3},"vector":[0.6,0.8,0.0]}}]}
      """;

  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0x01};

  private static RemoteFaceRecognition client(FakeServer server, Duration timeout) {
    HttpClient http = HttpClient.newHttpClient();
    ServiceToken token =
        new ServiceToken(
            http, server.issuer(), "kith-platform", "s3cret", timeout, Clock.systemUTC());
    return new RemoteFaceRecognition(http, server.base(), token, timeout);
  }

  @Test
  void readsTheAnalysisAndSendsTheOptionsAndAServiceToken() {
    try (FakeServer server =
        new FakeServer(
            FaceRecognition.ANALYZE_PATH,
            (ex, body) -> {
              assertEquals("image/jpeg", ex.getRequestHeaders().getFirst("Content-Type"));
              return new FakeServer.Answer(200, "application/json", ANALYSIS);
            })) {
      RemoteFaceRecognition recognition = client(server, Duration.ofSeconds(5));
      FaceAnalysis analysis = recognition.analyze(JPEG, AnalysisOptions.IDENTIFY);
      assertEquals(640, analysis.imageWidth());
      assertEquals(1, analysis.faces().size());
      assertEquals(-12.5, analysis.faces().get(0).pose().yaw());
      assertEquals(0.9, analysis.faces().get(0).quality().liveness());
      assertEquals("net@7", analysis.faces().get(0).embedding().model().key());
      assertEquals(0.8f, analysis.faces().get(0).embedding().vector()[1]);
      assertEquals("net@7", recognition.embeddingModel().key());
      assertTrue(
          server.requests.get(0).endsWith("?maxFaces=10&landmarks=false&embeddings=true"),
          server.requests::toString);
      assertEquals("Bearer token-1", server.authorizations.get(0));
    }
  }

  @Test
  void beforeTheFirstFaceTheRuntimeNamesTheEmbeddingModel() {
    try (FakeServer server =
        new FakeServer(
            FaceRecognition.RUNTIME_PATH,
            (ex, body) ->
                new FakeServer.Answer(
                    200,
                    "application/json",
                    "{\"onnxruntime\":\"1.29.0\",\"models\":[],"
                        + "\"embeddingModel\":{\"id\":\"net\",\"version\":\"8\",\"dimension\":128}}"))) {
      RemoteFaceRecognition recognition = client(server, Duration.ofSeconds(5));
      assertEquals("net@8", recognition.embeddingModel().key());
      assertEquals(128, recognition.embeddingModel().dimension());
      assertEquals(1, server.requests.size(), "the answer is kept, not asked again");
    }
  }

  @Test
  void aRuntimeThatCannotBeReadIsUnavailableNotAnError() {
    try (FakeServer server =
        new FakeServer(
            FaceRecognition.RUNTIME_PATH,
            (ex, body) -> new FakeServer.Answer(200, "application/json", "{\"models\":[]}"))) {
      RemoteFaceRecognition recognition = client(server, Duration.ofSeconds(5));
      KithException e = assertThrows(KithException.class, recognition::embeddingModel);
      assertEquals(GalleryErrors.RECOGNITION_UNAVAILABLE, e.errorCode());
    }
  }

  @Test
  void aRefusedServiceTokenIsReplacedAndTheImageSentOnceMore() throws Exception {
    java.util.concurrent.atomic.AtomicInteger calls =
        new java.util.concurrent.atomic.AtomicInteger();
    try (FakeServer server =
        new FakeServer(
            FaceRecognition.ANALYZE_PATH,
            (ex, body) ->
                calls.incrementAndGet() == 1
                    ? new FakeServer.Answer(401, "text/plain", "expired")
                    : new FakeServer.Answer(200, "application/json", ANALYSIS))) {
      RemoteFaceRecognition recognition = client(server, Duration.ofSeconds(5));
      FaceAnalysis analysis =
          recognition.analyzeAsync(JPEG, AnalysisOptions.IDENTIFY).get(5, TimeUnit.SECONDS);
      assertEquals(1, analysis.faces().size());
      assertEquals(2, server.tokensIssued.get());
      assertEquals(List.of("Bearer token-1", "Bearer token-2"), server.authorizations);
    }
  }

  @Test
  void anUnreachableServiceFailsTheAsyncCallAsUnavailable() {
    FakeServer stopped =
        new FakeServer(
            FaceRecognition.ANALYZE_PATH,
            (ex, body) -> new FakeServer.Answer(200, "application/json", ANALYSIS));
    RemoteFaceRecognition recognition = client(stopped, Duration.ofSeconds(5));
    recognition.analyze(JPEG, AnalysisOptions.IDENTIFY); // the token is fetched while it runs
    stopped.close();
    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () ->
                recognition.analyzeAsync(JPEG, AnalysisOptions.IDENTIFY).get(5, TimeUnit.SECONDS));
    KithException cause = assertInstanceOf(KithException.class, e.getCause());
    assertEquals(GalleryErrors.RECOGNITION_UNAVAILABLE, cause.errorCode());
  }

  @Test
  void theServiceTokenIsCachedAcrossCalls() {
    try (FakeServer server =
        new FakeServer(
            FaceRecognition.ANALYZE_PATH,
            (ex, body) -> new FakeServer.Answer(200, "application/json", ANALYSIS))) {
      RemoteFaceRecognition recognition = client(server, Duration.ofSeconds(5));
      for (int i = 0; i < 5; i++) {
        recognition.analyze(JPEG, AnalysisOptions.IDENTIFY);
      }
      assertEquals(1, server.tokensIssued.get());
    }
  }

  @Test
  void aRefusedImageIsPassedOnWithTheSameCode() {
    try (FakeServer server =
        new FakeServer(
            FaceRecognition.ANALYZE_PATH,
            (ex, body) ->
                new FakeServer.Answer(
                    415,
                    "application/problem+json",
                    "{\"status\":415,\"code\":\"IMAGE_NOT_AN_IMAGE\",\"title\":\"x\"}"))) {
      ImageRejectedException e =
          assertThrows(
              ImageRejectedException.class,
              () ->
                  client(server, Duration.ofSeconds(5))
                      .analyze(new byte[] {1, 2}, AnalysisOptions.ENROL));
      assertEquals(ImageErrors.IMAGE_NOT_AN_IMAGE, e.errorCode());
    }
  }

  @Test
  void aFailingOrSlowServiceIsUnavailableNeverAnInternalError() {
    try (FakeServer failing =
        new FakeServer(
            FaceRecognition.ANALYZE_PATH,
            (ex, body) -> new FakeServer.Answer(500, "text/plain", "boom"))) {
      KithException e =
          assertThrows(
              KithException.class,
              () -> client(failing, Duration.ofSeconds(5)).analyze(JPEG, AnalysisOptions.ENROL));
      assertEquals(GalleryErrors.RECOGNITION_UNAVAILABLE, e.errorCode());
    }
    try (FakeServer slow =
        new FakeServer(
            FaceRecognition.ANALYZE_PATH,
            (ex, body) -> {
              try {
                Thread.sleep(1500);
              } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
              }
              return new FakeServer.Answer(200, "application/json", ANALYSIS);
            })) {
      KithException e =
          assertThrows(
              KithException.class,
              () -> client(slow, Duration.ofMillis(300)).analyze(JPEG, AnalysisOptions.ENROL));
      assertEquals(GalleryErrors.RECOGNITION_UNAVAILABLE, e.errorCode());
    }
  }

  @Test
  void mediaTypeFollowsTheMagicBytes() {
    assertEquals("image/jpeg", RemoteFaceRecognition.mediaType(JPEG));
    assertEquals(
        "image/png",
        RemoteFaceRecognition.mediaType(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));
    assertEquals("application/octet-stream", RemoteFaceRecognition.mediaType(new byte[] {1, 2, 3}));
  }
}
