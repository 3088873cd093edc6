package org.kith.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kith.deploy.testing.ApiClient;
import org.kith.deploy.testing.ApiClient.Reply;

/**
 * Encounter frames against identify in one run on this machine: identify's sustained images/s with
 * four clients, then 1, 4 and 8 concurrent encounters, each a device streaming one person's frames
 * as fast as the answers come back. Prints frames/s and the per-frame p50/p95 of frames the
 * detector ran on and of followed (tracked) frames, measured at the client. Asserts only that
 * nothing failed; speed is printed, never asserted.
 */
class EncounterBenchmarkIT extends GalleryIT {
  private static final long PHASE_MILLIS = 20_000;
  private static final int FRAMES = 30;

  record Timed(String mode, double millis) {}

  @Test
  void encounterFramesAgainstIdentifyInOneRun() throws Exception {
    FacesDev faces = FacesDev.require();
    Setup s = setUp(faces, 3);
    BufferedImage person = Photos.read(faces.probes.get(faces.identity(1)).get(0));
    CameraFrames camera = new CameraFrames(31);
    List<byte[]> frames = new ArrayList<>();
    for (int i = 0; i < FRAMES; i++) {
      frames.add(camera.of(List.of(person)));
    }
    ApiClient warm = api();
    for (int i = 0; i < 60; i++) {
      warm.postBytes("api/v1/identify", s.deviceToken(), "image/jpeg", frames.get(i % FRAMES));
    }

    // One device per encounter, as one per patient's pair of glasses: a device may hold only two.
    List<String> devices = new ArrayList<>();
    for (int d = 0; d < 8; d++) {
      Reply device =
          api()
              .post(
                  "api/v1/patients/" + s.patient() + "/devices",
                  tokens().user("clinician"),
                  "{\"label\":\"Bench " + d + "\"}");
      assertEquals(201, device.status(), device::toString);
      devices.add(
          tokens()
              .client(
                  device.json().getString("clientId"), device.json().getString("clientSecret")));
    }
    stream(devices, frames, 1, 10_000, new ConcurrentLinkedQueue<>(), new AtomicInteger());
    AtomicInteger errors = new AtomicInteger();
    StringBuilder table = new StringBuilder();
    table.append(
        "ENC-BENCH clients | identify images/s | encounter frames/s | detected p50/p95 ms |"
            + " followed p50/p95 ms | followed share | frames/s ÷ identify/s\n");
    for (int encounters : new int[] {1, 4, 8}) {
      double identifyRate = identify(s, frames, encounters, errors);
      ConcurrentLinkedQueue<Timed> timings = new ConcurrentLinkedQueue<>();
      double rate = stream(devices, frames, encounters, PHASE_MILLIS, timings, errors);
      double[] detected = millis(timings, "DETECTED");
      double[] followed = millis(timings, "FOLLOWED");
      table.append(
          String.format(
              Locale.ROOT,
              "ENC-BENCH %d | %.1f | %.1f | %.1f / %.1f | %.1f / %.1f | %.0f %% | %.2f%n",
              encounters,
              identifyRate,
              rate,
              pct(detected, 50),
              pct(detected, 95),
              pct(followed, 50),
              pct(followed, 95),
              100.0 * followed.length / Math.max(1, timings.size()),
              rate / identifyRate));
    }
    System.out.print(table);
    assertEquals(0, errors.get(), "failed calls");
  }

  private double identify(Setup s, List<byte[]> frames, int clients, AtomicInteger errors)
      throws Exception {
    AtomicInteger ok = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long started = System.nanoTime();
    long deadline = started + PHASE_MILLIS * 1_000_000;
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      running.add(
          pool.submit(
              () -> {
                ApiClient own = api();
                int i = 0;
                while (System.nanoTime() < deadline) {
                  Reply r =
                      own.postBytes(
                          "api/v1/identify",
                          s.deviceToken(),
                          "image/jpeg",
                          frames.get(i++ % FRAMES));
                  (r.status() == 200 ? ok : errors).incrementAndGet();
                }
              }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    pool.shutdown();
    return ok.get() / ((System.nanoTime() - started) / 1e9);
  }

  /** Each of n devices streams its own encounter; answers frames/s over all of them. */
  private double stream(
      List<String> devices,
      List<byte[]> frames,
      int n,
      long durationMillis,
      ConcurrentLinkedQueue<Timed> timings,
      AtomicInteger errors)
      throws Exception {
    AtomicInteger ok = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(n);
    long started = System.nanoTime();
    long deadline = started + durationMillis * 1_000_000;
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      String token = devices.get(c);
      running.add(
          pool.submit(
              () -> {
                ApiClient own = api();
                Reply opened = own.post("api/v1/encounters", token, "");
                if (opened.status() != 201) {
                  errors.incrementAndGet();
                  return;
                }
                String id = opened.json().getString("id");
                long sequence = 0;
                while (System.nanoTime() < deadline) {
                  long t = System.nanoTime();
                  Reply r =
                      own.postBytes(
                          "api/v1/encounters/" + id + "/frames?sequence=" + (++sequence),
                          token,
                          "image/jpeg",
                          frames.get((int) (sequence % FRAMES)));
                  double ms = (System.nanoTime() - t) / 1e6;
                  if (r.status() == 200 && r.json().getString("status").equals("PROCESSED")) {
                    ok.incrementAndGet();
                    timings.add(new Timed(r.json().getString("mode"), ms));
                  } else {
                    errors.incrementAndGet();
                  }
                }
                own.delete("api/v1/encounters/" + id, token);
              }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    pool.shutdown();
    return ok.get() / ((System.nanoTime() - started) / 1e9);
  }

  private static double[] millis(ConcurrentLinkedQueue<Timed> timings, String mode) {
    return timings.stream()
        .filter(t -> t.mode().equals(mode))
        .mapToDouble(Timed::millis)
        .sorted()
        .toArray();
  }

  private static double pct(double[] sorted, int p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }
}
