package org.kith.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.kith.deploy.testing.ApiClient;
import org.kith.deploy.testing.ApiClient.Reply;

/**
 * Identify over HTTP through the real stack, timed with a 640×480 JPEG. A device keeps its
 * connection open between frames, so each client here does too. In order: the first calls to a new
 * server (its JIT still compiling), sustained calls from several clients, each of which must be
 * answered and audited exactly once, then single calls to the server now warm, which is what a
 * device meets all day, and last single calls that each open a new connection. Prints the numbers;
 * it asserts correctness (no errors, one audit record per call), never a speed.
 */
class IdentifyBenchmarkIT extends GalleryIT {
  private static final int FIRST = 40;
  private static final int SEQUENTIAL = 100;
  private static final int NEW_CONNECTIONS = 30;
  private static final int CLIENTS = 4;
  private static final long SUSTAINED_MILLIS = 60_000;

  @Test
  void identifyLatencyAndSustainedRateWithOneAuditRecordEach() throws Exception {
    FacesDev faces = FacesDev.require();
    Setup s = setUp(faces, 3);
    byte[] probe = vga(FacesDev.read(faces.probes.get(faces.identity(0)).get(0)));
    ApiClient device = api();
    double[] first = new double[FIRST];
    for (int i = 0; i < FIRST; i++) {
      first[i] = timed(() -> post(device, s, probe));
    }

    AtomicInteger ok = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    long started = System.nanoTime();
    long deadline = started + SUSTAINED_MILLIS * 1_000_000;
    List<Future<?>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      clients.add(
          pool.submit(
              () -> {
                ApiClient own = api();
                while (System.nanoTime() < deadline) {
                  Reply reply =
                      own.postBytes("api/v1/identify", s.deviceToken(), "image/jpeg", probe);
                  (reply.status() == 200 ? ok : errors).incrementAndGet();
                }
              }));
    }
    for (Future<?> f : clients) {
      f.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - started) / 1e9;

    double[] total = new double[SEQUENTIAL];
    double[] recognition = new double[SEQUENTIAL];
    double[] match = new double[SEQUENTIAL];
    double[] audit = new double[SEQUENTIAL];
    double[] deviceCheck = new double[SEQUENTIAL];
    double[] gallery = new double[SEQUENTIAL];
    double[] server = new double[SEQUENTIAL];
    for (int i = 0; i < SEQUENTIAL; i++) {
      long start = System.nanoTime();
      Reply reply = post(device, s, probe);
      total[i] = (System.nanoTime() - start) / 1e6;
      JsonObject millis = reply.json().getJsonObject("millis");
      recognition[i] = millis.getJsonNumber("recognition").doubleValue();
      match[i] = millis.getJsonNumber("match").doubleValue();
      audit[i] = millis.getJsonNumber("audit").doubleValue();
      deviceCheck[i] = millis.getJsonNumber("device").doubleValue();
      gallery[i] = millis.getJsonNumber("gallery").doubleValue();
      server[i] = millis.getJsonNumber("total").doubleValue();
    }
    double[] reconnecting = new double[NEW_CONNECTIONS];
    for (int i = 0; i < NEW_CONNECTIONS; i++) {
      reconnecting[i] = timed(() -> post(api(), s, probe));
    }

    System.out.printf(
        Locale.ROOT,
        "identify over HTTP, 640x480 JPEG (%d bytes), one kept-alive connection:%n"
            + "  first %d calls to a new server: p50 %.1f ms%n"
            + "  %d calls to the warm server: client total p50 %.1f ms p95 %.1f ms%n"
            + "  server total p50 %.1f ms: recognition %.1f ms, match %.3f ms (p95 %.3f ms),"
            + " audit %.1f ms, device check %.1f ms, gallery reads %.1f ms%n"
            + "  %d calls each on a new connection: p50 %.1f ms%n",
        probe.length,
        FIRST,
        pct(first, 0.5),
        SEQUENTIAL,
        pct(total, 0.5),
        pct(total, 0.95),
        pct(server, 0.5),
        pct(recognition, 0.5),
        pct(match, 0.5),
        pct(match, 0.95),
        pct(audit, 0.5),
        pct(deviceCheck, 0.5),
        pct(gallery, 0.5),
        NEW_CONNECTIONS,
        pct(reconnecting, 0.5));
    System.out.printf(
        Locale.ROOT,
        "sustained identify, %d clients for %.0f s on %d cores: %d answered (%.1f/s), %d errors%n",
        CLIENTS,
        seconds,
        Runtime.getRuntime().availableProcessors(),
        ok.get(),
        ok.get() / seconds,
        errors.get());
    long audited = 0;
    for (int offset = 0; ; offset += 200) {
      int page =
          companionApi()
              .get(
                  "audit/api/v1/events?patient="
                      + s.patient()
                      + "&action=IDENTIFICATION&limit=200&offset="
                      + offset,
                  tokens().user("reviewer"))
              .jsonArray()
              .size();
      audited += page;
      if (page < 200) {
        break;
      }
    }
    int sequentialCalls = FIRST + SEQUENTIAL + NEW_CONNECTIONS;
    System.out.printf(
        Locale.ROOT,
        "audit records: %d IDENTIFICATION events for %d identify calls%n",
        audited,
        sequentialCalls + ok.get() + errors.get());
    assertEquals(0, errors.get(), "no errors under sustained load");
    assertEquals(sequentialCalls + ok.get(), audited, "exactly one audit record per identify");
  }

  /** Milliseconds the call took; it must be answered. */
  private static double timed(Supplier<Reply> call) {
    long start = System.nanoTime();
    Reply reply = call.get();
    double ms = (System.nanoTime() - start) / 1e6;
    assertEquals(200, reply.status(), reply::toString);
    return ms;
  }

  private static Reply post(ApiClient client, Setup s, byte[] jpeg) {
    Reply reply = client.postBytes("api/v1/identify", s.deviceToken(), "image/jpeg", jpeg);
    assertEquals(200, reply.status(), reply::toString);
    return reply;
  }

  /** The probe drawn at 320×320 in the middle of a grey 640×480 frame, as a camera would send. */
  static byte[] vga(byte[] jpeg) throws IOException {
    BufferedImage face = ImageIO.read(new ByteArrayInputStream(jpeg));
    BufferedImage frame = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = frame.createGraphics();
    g.setColor(java.awt.Color.GRAY);
    g.fillRect(0, 0, 640, 480);
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(face, 160, 80, 320, 320, null);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(frame, "jpg", out);
    return out.toByteArray();
  }

  private static double pct(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  }
}
