package org.kith.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.kith.deploy.testing.ApiClient.Reply;

/**
 * One patient changed from several screens at once through the built WAR and MariaDB: enrolments of
 * one person, a consent withdrawn, given again and enrolled again for another, a person edited,
 * templates deleted, and a device identifying, all at the same time. Nothing may answer 500; a
 * change that cannot proceed answers a specific problem, and a withdrawal always gets through.
 */
class ConcurrentChangesIT extends GalleryIT {
  private static final int ROUNDS = 4;

  private final FacesDev faces = FacesDev.require();
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  private final List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());

  /**
   * Sends {@code call}, again after a {@code 503} with {@code Retry-After} (at most three times, as
   * a client told to retry does), and counts the answers by operation and status.
   */
  private Reply counted(String operation, Supplier<Reply> call) {
    Reply reply = call.get();
    for (int retry = 0; retry < 3 && reply.status() == 503; retry++) {
      count(operation, reply);
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      reply = call.get();
    }
    count(operation, reply);
    return reply;
  }

  private void count(String operation, Reply reply) {
    String code = reply.isProblem() ? " " + reply.json().getString("code", "") : "";
    counts
        .computeIfAbsent(operation + " " + reply.status() + code, k -> new AtomicInteger())
        .incrementAndGet();
    boolean specific503 = reply.status() == 503 && reply.isProblem();
    if (reply.status() >= 500 && !specific503) {
      unexpected.add(operation + ": " + reply);
    }
  }

  private JsonObject activeConsent(String clinician, long patient, long person) {
    return api()
        .get("api/v1/patients/" + patient + "/persons/" + person + "/consents", clinician)
        .jsonArray()
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> "ACTIVE".equals(c.getString("status", "")))
        .findFirst()
        .orElse(null);
  }

  private Reply withdraw(String clinician, long patient, long person, JsonObject consent) {
    return api()
        .post(
            "api/v1/patients/"
                + patient
                + "/persons/"
                + person
                + "/consents/"
                + consent.getJsonNumber("id")
                + "/withdrawal",
            clinician,
            "");
  }

  private int templates(String clinician, long patient, long person) {
    return api()
        .get("api/v1/patients/" + patient + "/persons/" + person + "/templates", clinician)
        .jsonArray()
        .size();
  }

  @Test
  void everyKindOfChangeToOnePatientAtOnceNeverAnswers500AndEveryWithdrawalGetsThrough()
      throws Exception {
    Setup s = setUp(faces, 2);
    String clinician = tokens().user("clinician");
    String anna = faces.identity(0);
    String ben = faces.identity(1);
    long annaId = s.persons().get(anna);
    long benId = s.persons().get(ben);
    List<Path> annaPhotos = faces.gallery.get(anna);
    List<Path> benPhotos = faces.gallery.get(ben);
    AtomicInteger withdrawn = new AtomicInteger();

    ExecutorService pool = Executors.newFixedThreadPool(5);
    List<Future<?>> work = new ArrayList<>();
    // Ben's photos enrolled again and again.
    work.add(
        pool.submit(
            () -> {
              for (int i = 0; i < 2 * ROUNDS; i++) {
                Path photo = benPhotos.get(i % benPhotos.size());
                counted("enrol", () -> enrol(clinician, s.patient(), benId, List.of(photo)));
              }
            }));
    // Anna's consent withdrawn, given again and her photo enrolled again.
    work.add(
        pool.submit(
            () -> {
              for (int i = 0; i < ROUNDS; i++) {
                JsonObject active = activeConsent(clinician, s.patient(), annaId);
                Reply w =
                    counted("withdraw", () -> withdraw(clinician, s.patient(), annaId, active));
                if (w.status() == 200) {
                  withdrawn.incrementAndGet();
                } else {
                  unexpected.add("a withdrawal did not get through: " + w);
                }
                counted(
                    "consent",
                    () ->
                        api()
                            .post(
                                "api/v1/patients/"
                                    + s.patient()
                                    + "/persons/"
                                    + annaId
                                    + "/consents",
                                clinician,
                                "{\"givenBy\":\"PERSON\",\"method\":\"RECORDED_VERBAL\","
                                    + "\"witness\":\"Nurse Ada\"}"));
                Path photo = annaPhotos.get(i % annaPhotos.size());
                counted("enrol", () -> enrol(clinician, s.patient(), annaId, List.of(photo)));
              }
            }));
    // Ben re-described, with the version read (a concurrent edit is refused 409, never lost).
    work.add(
        pool.submit(
            () -> {
              String path = "api/v1/patients/" + s.patient() + "/persons/" + benId;
              for (int i = 0; i < 2 * ROUNDS; i++) {
                long version =
                    api().get(path, clinician).json().getJsonNumber("version").longValue();
                String body =
                    "{\"displayName\":\"Ben\",\"relationship\":\"friend\",\"memoryCue\":\"round "
                        + i
                        + "\",\"version\":"
                        + version
                        + "}";
                counted("edit", () -> api().put(path, clinician, body));
              }
            }));
    // One of Ben's templates deleted now and then.
    work.add(
        pool.submit(
            () -> {
              String path = "api/v1/patients/" + s.patient() + "/persons/" + benId + "/templates";
              for (int i = 0; i < ROUNDS; i++) {
                List<JsonObject> list =
                    api().get(path, clinician).jsonArray().stream()
                        .map(JsonValue::asJsonObject)
                        .toList();
                if (list.size() > 1) {
                  String one = path + "/" + list.get(0).getJsonNumber("id");
                  counted("delete", () -> api().delete(one, clinician));
                }
              }
            }));
    // The patient's device identifying all the while.
    work.add(
        pool.submit(
            () -> {
              Path probe = faces.probes.get(ben).get(0);
              for (int i = 0; i < 4 * ROUNDS; i++) {
                counted("identify", () -> identify(s.deviceToken(), probe));
              }
            }));
    for (Future<?> f : work) {
      f.get(5, TimeUnit.MINUTES);
    }
    pool.shutdown();

    // Afterwards: templates only with an active consent, and the index as the database says.
    JsonObject annaConsent = activeConsent(clinician, s.patient(), annaId);
    assertTrue(annaConsent != null, "Anna's consent was given again after the last withdrawal");
    Reply last = withdraw(clinician, s.patient(), annaId, annaConsent);
    assertEquals(200, last.status(), last::toString);
    assertEquals(0, templates(clinician, s.patient(), annaId), "no template without consent");
    Reply seen = identify(s.deviceToken(), faces.probes.get(anna).get(0));
    assertEquals(200, seen.status(), seen::toString);
    assertTrue(
        faces(seen).stream()
            .noneMatch(
                f ->
                    f.containsKey("personId")
                        && !f.isNull("personId")
                        && f.getJsonNumber("personId").longValue() == annaId),
        "the index no longer names Anna: " + seen);

    System.out.println(
        "CONCURRENCY counts "
            + new java.util.TreeMap<>(counts)
            + " withdrawals "
            + withdrawn.get()
            + "/"
            + ROUNDS);
    assertEquals(List.of(), unexpected, "no 500 and no withdrawal refused");
    assertEquals(ROUNDS, withdrawn.get());
  }
}
