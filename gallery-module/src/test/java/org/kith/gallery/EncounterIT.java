package org.kith.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kith.deploy.testing.ApiClient.Reply;

/**
 * Encounters through the real stack: frames made from faces-dev photos sent as a device's camera
 * stream to the gallery WAR, analysed by the recognition module, every decision in the audit
 * module's chain.
 */
class EncounterIT extends GalleryIT {
  private static final int PEOPLE = 3;
  private final FacesDev faces = FacesDev.require();

  private BufferedImage probe(int identity) {
    return Photos.read(faces.probes.get(faces.identity(identity)).get(0));
  }

  private BufferedImage stranger(int n) {
    return Photos.read(faces.strangers.get(n));
  }

  private long person(Setup s, int identity) {
    return s.persons().get(faces.identity(identity));
  }

  private static void present(
      EncounterStream e, CameraFrames camera, int frames, BufferedImage... people) {
    for (int i = 0; i < frames; i++) {
      Reply r = e.send(camera.of(List.of(people)));
      assertEquals(200, r.status(), r::toString);
    }
  }

  private static void away(EncounterStream e, CameraFrames camera, int frames) {
    for (int i = 0; i < frames; i++) {
      Reply r = e.send(camera.empty());
      assertEquals(200, r.status(), r::toString);
    }
  }

  @Test
  void anEnrolledPersonIsConfirmedAndAnnouncedOnceAndTrackedFramesSkipTheDetector() {
    Setup s = setUp(faces, PEOPLE);
    EncounterStream e = new EncounterStream(api(), s.deviceToken());
    present(e, new CameraFrames(1), 15, probe(1));

    List<JsonObject> confirmed = e.ofType("person.confirmed");
    assertEquals(1, confirmed.size(), () -> "events: " + e.events);
    JsonObject c = confirmed.get(0);
    System.out.printf(
        java.util.Locale.ROOT,
        "ENC-IT confirmed after %d frames, %.0f ms from the first frame sent%n",
        c.getInt("framesUsed"),
        e.firstSeenMillis.get("person.confirmed"));
    assertEquals(person(s, 1), c.getJsonNumber("personId").longValue());
    assertEquals("Person 1", c.getString("displayName"));
    assertEquals("friend", c.getString("relationship"));
    assertTrue(c.getBoolean("announce"));
    assertTrue(c.getInt("framesUsed") >= 3, c::toString);
    // Background faces at the photo's edges may be tracks of their own; none of them is named.
    assertTrue(e.ofType("track.started").size() >= 1);
    long followed =
        e.answers.stream().filter(r -> "FOLLOWED".equals(r.json().getString("mode", ""))).count();
    // The detector runs every fifth frame and whenever a face was lost; the rest are followed.
    assertTrue(followed >= 5, "frames followed without the detector: " + followed + " of 15");
    Reply closed = e.close();
    assertEquals(200, closed.status(), closed::toString);
    assertEquals(1, e.ofType("encounter.closed").size());
  }

  @Test
  void aStrangerIsNeverNamedAndIsConfirmedAsAStranger() {
    Setup s = setUp(faces, PEOPLE);
    int named = 0;
    int strangers = 0;
    int encounters = 6;
    for (int n = 0; n < encounters; n++) {
      EncounterStream e = new EncounterStream(api(), s.deviceToken());
      present(e, new CameraFrames(100 + n), 12, stranger(n));
      named += e.ofType("person.confirmed").size();
      strangers += e.ofType("stranger.confirmed").size();
      e.close();
    }
    assertEquals(0, named, "strangers named");
    assertTrue(strangers >= encounters - 1, "strangers confirmed as such: " + strangers);
  }

  @Test
  void leavingAndReturningAnnouncesAgainOnlyAfterTheCoolDown() {
    Setup s = setUp(faces, PEOPLE);
    String clinician = tokens().user("clinician");
    Reply policy =
        api()
            .put(
                "api/v1/patients/" + s.patient() + "/announcement-policy",
                clinician,
                "{\"coolDownSeconds\":30,\"verbosity\":\"NAME_AND_RELATIONSHIP\","
                    + "\"speakUncertain\":false,\"strangerTone\":true}");
    assertEquals(200, policy.status(), policy::toString);
    CameraFrames camera = new CameraFrames(2);
    EncounterStream e = new EncounterStream(api(), s.deviceToken());

    present(e, camera, 8, probe(1));
    away(e, camera, 15); // 3 s without the face: the track ends
    int back = e.events.size();
    present(e, camera, 8, probe(1)); // back after 3 s, within the 30 s cool-down
    List<JsonObject> within = e.since(back, "person.confirmed");
    e.pause(40_000);
    away(e, camera, 2);
    int later = e.events.size();
    present(e, camera, 8, probe(1)); // back after 40 s, beyond it

    List<JsonObject> all = e.ofType("person.confirmed");
    assertEquals(3, all.size(), () -> "events: " + e.events);
    assertTrue(all.get(0).getBoolean("announce"));
    assertEquals(1, within.size());
    assertFalse(within.get(0).getBoolean("announce"), "announced again within the cool-down");
    assertEquals(1, e.since(later, "person.confirmed").size());
    assertTrue(e.since(later, "person.confirmed").get(0).getBoolean("announce"));
    assertTrue(
        e.ofType("track.ended").stream().anyMatch(t -> "absent".equals(t.getString("reason", ""))));
  }

  @Test
  void aPersonToldAboutInOneEncounterIsNotAnnouncedAgainInTheNextWithinTheCoolDown() {
    Setup s = setUp(faces, PEOPLE);
    CameraFrames camera = new CameraFrames(3);
    EncounterStream first = new EncounterStream(api(), s.deviceToken());
    present(first, camera, 8, probe(1));
    List<JsonObject> told = first.ofType("person.confirmed");
    assertEquals(1, told.size(), () -> "events: " + first.events);
    assertTrue(told.get(0).getBoolean("announce"));
    first.close();

    // The phone reconnects at once: a new encounter, within the patient's 60 s cool-down.
    EncounterStream next = new EncounterStream(api(), s.deviceToken());
    present(next, camera, 8, probe(1));
    List<JsonObject> again = next.ofType("person.confirmed");
    assertEquals(1, again.size(), () -> "events: " + next.events);
    assertFalse(
        again.get(0).getBoolean("announce"), "the cool-down is the patient's, not one encounter's");
  }

  @Test
  void twoPeopleAtOnceAreTwoTracksEachConfirmed() {
    Setup s = setUp(faces, PEOPLE);
    EncounterStream e = new EncounterStream(api(), s.deviceToken());
    present(e, new CameraFrames(3), 14, probe(1), probe(2));

    assertTrue(e.ofType("track.started").size() >= 2, () -> "events: " + e.events);
    Set<Long> named = new HashSet<>();
    Set<Integer> tracks = new HashSet<>();
    for (JsonObject c : e.ofType("person.confirmed")) {
      named.add(c.getJsonNumber("personId").longValue());
      tracks.add(c.getInt("track"));
    }
    assertEquals(Set.of(person(s, 1), person(s, 2)), named, () -> "events: " + e.events);
    assertEquals(2, tracks.size());
    assertEquals(2, e.ofType("person.confirmed").size(), () -> "each announced once: " + e.events);
  }

  @Test
  void withdrawingConsentMidEncounterStopsThatPersonBeingConfirmed() {
    Setup s = setUp(faces, PEOPLE);
    String clinician = tokens().user("clinician");
    CameraFrames camera = new CameraFrames(4);
    EncounterStream e = new EncounterStream(api(), s.deviceToken());
    present(e, camera, 8, probe(1));
    assertEquals(1, e.ofType("person.confirmed").size(), () -> "events: " + e.events);

    long person = person(s, 1);
    String consents = "api/v1/patients/" + s.patient() + "/persons/" + person + "/consents";
    long consent = api().get(consents, clinician).jsonArray().getJsonObject(0).getInt("id");
    Reply withdrawn = api().post(consents + "/" + consent + "/withdrawal", clinician, "");
    assertEquals(200, withdrawn.status(), withdrawn::toString);
    int after = e.events.size();
    present(e, camera, 12, probe(1));

    assertTrue(
        e.since(after, "track.ended").stream()
            .anyMatch(t -> "consent-withdrawn".equals(t.getString("reason", ""))),
        () -> "events: " + e.events);
    assertEquals(0, e.since(after, "person.confirmed").size(), () -> "events: " + e.events);
  }

  @Test
  void anotherPatientsDeviceCannotReachTheEncounter() {
    Setup a = setUp(faces, 1);
    Setup b = setUp(faces, 1);
    EncounterStream e = new EncounterStream(api(), a.deviceToken());
    byte[] frame = new CameraFrames(5).empty();
    Reply foreign =
        api()
            .postBytes(
                "api/v1/encounters/" + e.id + "/frames?sequence=1",
                b.deviceToken(),
                "image/jpeg",
                frame);
    assertEquals(404, foreign.status(), foreign::toString);
    assertEquals("ENCOUNTER_NOT_FOUND", foreign.json().getString("code"));
    assertEquals(404, api().delete("api/v1/encounters/" + e.id, b.deviceToken()).status());
    assertEquals(
        404,
        api().post("api/v1/encounters/" + e.id + "/socket-tickets", b.deviceToken(), "").status());
    assertEquals(
        403,
        api().post("api/v1/encounters", tokens().user("clinician"), "").status(),
        "a clinician is no device");
    assertEquals(200, e.send(frame).status(), "the owner still can");
  }

  @Test
  void badFramesGetSpecificProblemsAndTheEncounterSaysWhenItIsDegraded() {
    Setup s = setUp(faces, 1);
    EncounterStream e = new EncounterStream(api(), s.deviceToken());
    String frames = "api/v1/encounters/" + e.id + "/frames";
    byte[] good = new CameraFrames(6).empty();
    byte[] truncated = java.util.Arrays.copyOf(good, good.length / 3);

    Reply noSequence = api().postBytes(frames, s.deviceToken(), "image/jpeg", good);
    assertEquals(400, noSequence.status(), noSequence::toString);
    assertEquals("FRAME_SEQUENCE_INVALID", noSequence.json().getString("code"));
    Reply badTime =
        api()
            .postBytes(
                frames + "?sequence=1&capturedAt=yesterday", s.deviceToken(), "image/jpeg", good);
    assertEquals("FRAME_TIME_INVALID", badTime.json().getString("code"), badTime::toString);

    Reply empty =
        api().postBytes(frames + "?sequence=2", s.deviceToken(), "image/jpeg", new byte[0]);
    assertEquals(400, empty.status(), empty::toString);
    assertEquals("IMAGE_MISSING", empty.json().getString("code"));
    Reply text =
        api().postBytes(frames + "?sequence=3", s.deviceToken(), "image/jpeg", "hello".getBytes());
    assertEquals(415, text.status(), text::toString);
    assertEquals("IMAGE_NOT_AN_IMAGE", text.json().getString("code"));
    Reply cut = api().postBytes(frames + "?sequence=4", s.deviceToken(), "image/jpeg", truncated);
    assertTrue(cut.status() >= 400 && cut.status() < 500, cut::toString);
    assertTrue(cut.isProblem());
    List<String> degraded =
        cut.json().getJsonArray("events").stream()
            .map(v -> v.asJsonObject().getString("type"))
            .toList();
    assertTrue(degraded.contains("encounter.degraded"), cut::toString);

    Reply old = api().postBytes(frames + "?sequence=3", s.deviceToken(), "image/jpeg", good);
    assertEquals(200, old.status(), old::toString);
    assertEquals("DROPPED", old.json().getString("status"));
    assertEquals("OUT_OF_ORDER", old.json().getString("reason"));
    Reply fine = api().postBytes(frames + "?sequence=5", s.deviceToken(), "image/jpeg", good);
    assertEquals("PROCESSED", fine.json().getString("status"), fine::toString);
    assertTrue(fine.body().contains("encounter.recovered"), fine::toString);
  }

  @Test
  void framesFasterThanTheServerTakesThemAreDroppedNewestWins() throws Exception {
    Setup s = setUp(faces, 1);
    EncounterStream e = new EncounterStream(api(), s.deviceToken());
    byte[] frame = new CameraFrames(7).of(List.of(probe(0)));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Reply>> sent = new ArrayList<>();
      for (int i = 1; i <= 8; i++) {
        int sequence = i;
        sent.add(
            pool.submit(
                () ->
                    api()
                        .postBytes(
                            "api/v1/encounters/" + e.id + "/frames?sequence=" + sequence,
                            s.deviceToken(),
                            "image/jpeg",
                            frame)));
      }
      int processed = 0;
      int dropped = 0;
      for (Future<Reply> f : sent) {
        Reply r = f.get();
        assertEquals(200, r.status(), r::toString);
        if (r.json().getString("status").equals("PROCESSED")) {
          processed++;
        } else {
          dropped++;
          assertTrue(
              Set.of("SUPERSEDED", "OUT_OF_ORDER").contains(r.json().getString("reason")),
              r::toString);
        }
      }
      assertTrue(dropped >= 1, "8 frames at once, none dropped");
      assertTrue(processed >= 1 && processed <= 7, "processed " + processed);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void everyDecisionHasExactlyOneAuditEventAndOpeningAndClosingAreAudited() {
    Setup s = setUp(faces, PEOPLE);
    EncounterStream e = new EncounterStream(api(), s.deviceToken());
    CameraFrames camera = new CameraFrames(8);
    present(e, camera, 10, probe(1));
    away(e, camera, 12);
    present(e, camera, 10, stranger(0));
    e.close();

    Set<Long> told = new HashSet<>();
    for (JsonObject ev : e.events) {
      if (ev.getString("type")
          .matches("person\\.confirmed|person\\.uncertain|stranger\\.confirmed")) {
        told.add(ev.getJsonNumber("auditEventId").longValue());
      }
    }
    List<JsonObject> decisions = auditEvents(s.patient(), "ENCOUNTER_DECISION");
    Set<Long> recorded = new HashSet<>();
    for (JsonObject d : decisions) {
      recorded.add(d.getJsonNumber("id").longValue());
    }
    assertTrue(told.size() >= 2, () -> "events: " + e.events);
    assertEquals(told, recorded, "one audit event per decision told, none other");
    assertEquals(1, auditEvents(s.patient(), "ENCOUNTER_OPENED").size());
    List<JsonObject> closed = auditEvents(s.patient(), "ENCOUNTER_CLOSED");
    assertEquals(1, closed.size());
    assertTrue(closed.get(0).getString("reason").contains("frames=32"), closed.get(0)::toString);
  }
}
