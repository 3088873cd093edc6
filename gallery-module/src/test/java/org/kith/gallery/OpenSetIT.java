package org.kith.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kith.deploy.testing.ApiClient.Reply;

/**
 * Open-set identification through the device's API at the shipped thresholds, on a patient-sized
 * gallery: ten faces-dev people enrolled with their gallery photos, then every probe photo of
 * theirs and a hundred and twenty photos of people the patient has never met. Prints how often an
 * enrolled person is named, and how often a stranger is.
 */
class OpenSetIT extends GalleryIT {
  private static final int PEOPLE = 10;
  private static final int STRANGERS = 120;

  @Test
  void enrolledPeopleAreNamedRightAndStrangersAreNotNamed() {
    FacesDev faces = FacesDev.require();
    Setup s = setUp(faces, PEOPLE);
    int mated = 0;
    int named = 0;
    int wrong = 0;
    int uncertain = 0;
    for (Map.Entry<String, Long> person : s.persons().entrySet()) {
      for (Path probe : faces.probes.get(person.getKey())) {
        mated++;
        for (JsonObject face : answer(s, probe)) {
          switch (face.getString("decision")) {
            case "KNOWN" -> {
              if (face.getJsonNumber("personId").longValue() == person.getValue()) {
                named++;
              } else {
                wrong++;
              }
            }
            case "UNCERTAIN" -> uncertain++;
            default -> {}
          }
        }
      }
    }
    List<Path> strangers = faces.strangers.subList(0, Math.min(STRANGERS, faces.strangers.size()));
    int strangersNamed = 0;
    int strangersUncertain = 0;
    for (Path stranger : strangers) {
      for (JsonObject face : answer(s, stranger)) {
        switch (face.getString("decision")) {
          case "KNOWN" -> strangersNamed++;
          case "UNCERTAIN" -> strangersUncertain++;
          default -> {}
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "open set through the API, %d enrolled people: %d of %d mated probes KNOWN and right"
            + " (%.1f %%), %d named wrongly, %d UNCERTAIN; %d of %d strangers named, %d"
            + " UNCERTAIN%n",
        PEOPLE,
        named,
        mated,
        100.0 * named / mated,
        wrong,
        uncertain,
        strangersNamed,
        strangers.size(),
        strangersUncertain);
    assertTrue(mated >= 10, "faces-dev has probes for the enrolled people");
    assertEquals(0, wrong, "a KNOWN answer never names the wrong person");
    assertTrue(strangersNamed <= 1, strangersNamed + " strangers named");
    assertTrue(
        named >= 0.7 * mated, "only " + named + " of " + mated + " enrolled probes were named");
  }

  private List<JsonObject> answer(Setup s, Path image) {
    Reply reply = identify(s.deviceToken(), image);
    assertEquals(200, reply.status(), reply::toString);
    return faces(reply);
  }
}
