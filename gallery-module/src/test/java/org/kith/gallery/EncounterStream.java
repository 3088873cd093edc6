package org.kith.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.kith.deploy.testing.ApiClient;
import org.kith.deploy.testing.ApiClient.Reply;

/**
 * One encounter driven over REST as a device drives it: frames with rising sequence numbers and a
 * capture clock the test moves (so "away for a minute" takes no minute), every answer's events
 * collected in order.
 */
final class EncounterStream {
  static final long FRAME_MILLIS = 200;

  private final ApiClient api;
  private final String token;
  final String id;
  private long sequence;
  private long clock = 1_800_000_000_000L;
  final List<JsonObject> events = new ArrayList<>();
  final List<Reply> answers = new ArrayList<>();

  /** Wall-clock milliseconds from the first frame sent to the answer that carried each type. */
  final java.util.Map<String, Double> firstSeenMillis = new java.util.HashMap<>();

  private long firstSent;

  EncounterStream(ApiClient api, String token) {
    this.api = api;
    this.token = token;
    Reply opened = api.post("api/v1/encounters", token, "");
    assertEquals(201, opened.status(), opened::toString);
    id = opened.json().getString("id");
  }

  /** Sends one frame 200 ms after the last; answers the reply, its events collected. */
  Reply send(byte[] jpeg) {
    clock += FRAME_MILLIS;
    if (firstSent == 0) {
      firstSent = System.nanoTime();
    }
    Reply reply =
        api.postBytes(
            "api/v1/encounters/" + id + "/frames?sequence=" + (++sequence) + "&capturedAt=" + clock,
            token,
            "image/jpeg",
            jpeg);
    answers.add(reply);
    if (reply.contentType().contains("json") && reply.json().containsKey("events")) {
      double ms = (System.nanoTime() - firstSent) / 1e6;
      reply.json().getJsonArray("events").stream()
          .map(JsonValue::asJsonObject)
          .forEach(
              e -> {
                events.add(e);
                firstSeenMillis.putIfAbsent(e.getString("type"), ms);
              });
    }
    return reply;
  }

  /** Moves the capture clock on without a frame, as while the camera saw nothing to send. */
  void pause(long millis) {
    clock += millis;
  }

  Reply close() {
    Reply reply = api.delete("api/v1/encounters/" + id, token);
    if (reply.status() == 200) {
      reply.json().getJsonArray("events").stream()
          .map(JsonValue::asJsonObject)
          .forEach(events::add);
    }
    return reply;
  }

  List<JsonObject> ofType(String type) {
    return events.stream().filter(e -> e.getString("type").equals(type)).toList();
  }

  /** The events since index {@code from}. */
  List<JsonObject> since(int from, String type) {
    return events.subList(from, events.size()).stream()
        .filter(e -> e.getString("type").equals(type))
        .toList();
  }
}
