package org.kith.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kith.deploy.testing.ApiClient;
import org.kith.deploy.testing.ApiClient.Reply;
import org.kith.deploy.testing.IntegrationEnvironment;

/**
 * Many modules appending at once, through the real HTTP API: the chains stay whole, nothing is
 * lost, and the sustained rate is printed (a benchmark, not an assertion: this machine is shared).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditChainConcurrencyIT {
  private static final int THREADS = 16;
  private static final int APPENDS_PER_THREAD = 2_000;
  private static final List<String> CLINICS = List.of("demo-clinic", "other-clinic");

  @Deployment(testable = false)
  static WebArchive war() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/audit.war"));
  }

  @ArquillianResource URL base;

  @Test
  void concurrentAppendsFormOneUnbrokenChainPerClinicWithoutLosingAny() throws Exception {
    IntegrationEnvironment.Running env = IntegrationEnvironment.current();
    String service = env.tokens().platformService();
    Map<String, Long> before = new ConcurrentHashMap<>();
    for (String clinic : CLINICS) {
      before.put(clinic, count(clinic));
    }
    Map<String, Set<Long>> sequences = new ConcurrentHashMap<>();
    CLINICS.forEach(c -> sequences.put(c, ConcurrentHashMap.newKeySet()));
    long[][] latencies = new long[THREADS][APPENDS_PER_THREAD];

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    long started = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      done.add(
          pool.submit(
              () -> {
                ApiClient api = new ApiClient(URI.create(base.toString()));
                String clinic = CLINICS.get(thread % CLINICS.size());
                String patient = "pt-load-" + thread;
                for (int i = 0; i < APPENDS_PER_THREAD; i++) {
                  long sent = System.nanoTime();
                  Reply reply =
                      api.post(
                          "api/v1/events",
                          service,
                          AuditEntriesJson.smallIdentification(clinic, patient, (i % 100) / 100.0));
                  latencies[thread][i] = System.nanoTime() - sent;
                  if (reply.status() != 201) {
                    throw new AssertionError("append " + i + " of thread " + thread + ": " + reply);
                  }
                  assertTrue(
                      sequences.get(clinic).add(reply.json().getJsonNumber("sequence").longValue()),
                      "a sequence number given twice: the chain forked");
                }
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    pool.shutdown();

    long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
    System.out.printf(
        "AUD-BENCH %d appends over HTTP by %d threads in %.1f s: %.0f appends/s sustained;"
            + " latency p50 %.1f ms, p99 %.1f ms%n",
        all.length,
        THREADS,
        seconds,
        all.length / seconds,
        all[all.length / 2] / 1e6,
        all[(int) (all.length * 0.99)] / 1e6);

    long perClinic = (long) THREADS / CLINICS.size() * APPENDS_PER_THREAD;
    for (String clinic : CLINICS) {
      assertEquals(perClinic, sequences.get(clinic).size(), clinic);
      assertEquals(before.get(clinic) + perClinic, count(clinic), "no lost record in " + clinic);
    }
    long inA = count("demo-clinic");
    long inB = count("other-clinic");
    JsonObject a =
        new ApiClient(URI.create(base.toString()))
            .get("api/v1/verify?full=true", env.tokens().user("reviewer"))
            .json();
    JsonObject b =
        new ApiClient(URI.create(base.toString()))
            .get("api/v1/verify?full=true", env.tokens().user("reviewer-b"))
            .json();
    assertTrue(a.getBoolean("intact"), a::toString);
    assertTrue(b.getBoolean("intact"), b::toString);
    assertTrue(a.getBoolean("full"), a::toString);
    assertEquals(inA, a.getJsonNumber("checked").longValue());
    assertEquals(inB, b.getJsonNumber("checked").longValue());
  }

  /**
   * Group commit makes throughput grow with the number of waiting callers, since one commit (one
   * log flush) serves all of them: the same appends from 64 callers, printed for comparison.
   */
  @Test
  void sustainedRateGrowsWithConcurrentCallers() throws Exception {
    String service = IntegrationEnvironment.current().tokens().platformService();
    int threads = 64;
    int perThread = 150;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long started = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      done.add(
          pool.submit(
              () -> {
                ApiClient api = new ApiClient(URI.create(base.toString()));
                for (int i = 0; i < perThread; i++) {
                  Reply reply =
                      api.post(
                          "api/v1/events",
                          service,
                          AuditEntriesJson.smallIdentification(
                              CLINICS.get(thread % CLINICS.size()), "pt-rate-" + thread, 0.7));
                  assertEquals(201, reply.status(), reply::toString);
                }
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    pool.shutdown();
    System.out.printf(
        "AUD-BENCH %d appends over HTTP by %d threads in %.1f s: %.0f appends/s sustained%n",
        threads * perThread, threads, seconds, threads * perThread / seconds);
  }

  /**
   * The batch endpoint: one request, one token check and one JSON parse carry many events, so the
   * rate is what the chain writer sustains rather than what HTTP does. Each batch's receipts must
   * be consecutive in its clinic's chain: a batch is committed whole, in order.
   */
  @Test
  void batchesOfEventsAreCommittedWholeAndInOrder() throws Exception {
    String service = IntegrationEnvironment.current().tokens().platformService();
    int threads = 16;
    int batchesPerThread = 40;
    int batchSize = 50;
    Map<String, Long> before = new ConcurrentHashMap<>();
    for (String clinic : CLINICS) {
      before.put(clinic, count(clinic));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long started = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      done.add(
          pool.submit(
              () -> {
                ApiClient api = new ApiClient(URI.create(base.toString()));
                String clinic = CLINICS.get(thread % CLINICS.size());
                for (int b = 0; b < batchesPerThread; b++) {
                  List<String> entries = new ArrayList<>();
                  for (int i = 0; i < batchSize; i++) {
                    entries.add(
                        AuditEntriesJson.smallIdentification(clinic, "pt-batch-" + thread, 0.5));
                  }
                  Reply reply =
                      api.post(
                          "api/v1/events/batch", service, "[" + String.join(",", entries) + "]");
                  assertEquals(201, reply.status(), reply::toString);
                  var receipts = reply.jsonArray();
                  assertEquals(batchSize, receipts.size());
                  long first = receipts.getJsonObject(0).getJsonNumber("sequence").longValue();
                  for (int i = 0; i < batchSize; i++) {
                    assertEquals(
                        first + i,
                        receipts.getJsonObject(i).getJsonNumber("sequence").longValue(),
                        "a batch is consecutive in its chain");
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    pool.shutdown();
    int total = threads * batchesPerThread * batchSize;
    System.out.printf(
        "AUD-BENCH %d appends in batches of %d over HTTP by %d threads in %.1f s:"
            + " %.0f appends/s sustained%n",
        total, batchSize, threads, seconds, total / seconds);
    long perClinic = (long) total / CLINICS.size();
    for (String clinic : CLINICS) {
      assertEquals(before.get(clinic) + perClinic, count(clinic), "no lost record in " + clinic);
    }
  }

  /**
   * What one audit append adds to an identify, which waits for it (fail closed): one caller at a
   * time, so the latency is that of a lone append, not of a queue.
   */
  @Test
  void aLoneAppendsLatencyIsWhatAnIdentifyWaitsFor() {
    String service = IntegrationEnvironment.current().tokens().platformService();
    ApiClient api = new ApiClient(URI.create(base.toString()));
    int warmUp = 50;
    int measured = 300;
    long[] latencies = new long[measured];
    for (int i = -warmUp; i < measured; i++) {
      long sent = System.nanoTime();
      Reply reply =
          api.post(
              "api/v1/events",
              service,
              AuditEntriesJson.smallIdentification(CLINICS.get(0), "pt-alone", 0.8));
      long took = System.nanoTime() - sent;
      assertEquals(201, reply.status(), reply::toString);
      if (i >= 0) {
        latencies[i] = took;
      }
    }
    Arrays.sort(latencies);
    System.out.printf(
        "AUD-BENCH %d single appends, one caller: latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms%n",
        measured,
        latencies[measured / 2] / 1e6,
        latencies[(int) (measured * 0.9)] / 1e6,
        latencies[(int) (measured * 0.99)] / 1e6);
  }

  private static long count(String clinic) throws Exception {
    try (Connection c = IntegrationEnvironment.current().connect("kith_audit");
        PreparedStatement s =
            c.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE clinic_id = ?")) {
      s.setString(1, clinic);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
