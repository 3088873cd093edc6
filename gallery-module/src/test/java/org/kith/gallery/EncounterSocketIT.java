package org.kith.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kith.deploy.testing.ApiClient.Reply;

/**
 * The same encounter over a WebSocket: a one-time ticket from the REST API as the first message (no
 * token in the URL), then frames as binary messages, answered with the same JSON.
 */
class EncounterSocketIT extends GalleryIT {
  private final FacesDev faces = FacesDev.require();

  /** A socket client that keeps every text message it receives. */
  static final class Listener implements WebSocket.Listener {
    final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    volatile Integer closedWith;

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        messages.add(Json.createReader(new StringReader(partial.toString())).readObject());
        partial.setLength(0);
      }
      socket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
      closedWith = status;
      return null;
    }

    JsonObject next() throws InterruptedException {
      JsonObject m = messages.poll(60, TimeUnit.SECONDS);
      if (m == null) {
        throw new AssertionError("no message from the socket within 60 s");
      }
      return m;
    }
  }

  private WebSocket connect(String id, Listener listener) {
    URI socket = URI.create(base.toString().replaceFirst("^http", "ws") + "ws/v1/encounters/" + id);
    return HttpClient.newHttpClient()
        .newWebSocketBuilder()
        .connectTimeout(Duration.ofSeconds(20))
        .buildAsync(socket, listener)
        .join();
  }

  private static ByteBuffer frame(long sequence, long capturedAt, byte[] jpeg) {
    ByteBuffer b = ByteBuffer.allocate(16 + jpeg.length);
    b.putLong(sequence).putLong(capturedAt).put(jpeg).flip();
    return b;
  }

  private String ticket(String id, String deviceToken) {
    Reply ticket = api().post("api/v1/encounters/" + id + "/socket-tickets", deviceToken, "");
    assertEquals(201, ticket.status(), ticket::toString);
    return ticket.json().getString("ticket");
  }

  @Test
  void anEnrolledPersonIsConfirmedOnceOverTheSocket() throws Exception {
    Setup s = setUp(faces, 2);
    Reply opened = api().post("api/v1/encounters", s.deviceToken(), "");
    String id = opened.json().getString("id");
    assertFalse(opened.json().getString("socket").contains("token"));
    Listener listener = new Listener();
    WebSocket socket = connect(id, listener);
    socket.sendText("{\"ticket\":\"" + ticket(id, s.deviceToken()) + "\"}", true).join();
    assertEquals("ready", listener.next().getString("type"));

    CameraFrames camera = new CameraFrames(21);
    var photo = Photos.read(faces.probes.get(faces.identity(1)).get(0));
    List<JsonObject> events = new ArrayList<>();
    long clock = 1_800_000_000_000L;
    for (int i = 1; i <= 12; i++) {
      clock += 200;
      socket.sendBinary(frame(i, clock, camera.of(List.of(photo))), true).join();
      JsonObject answer = listener.next();
      assertEquals("frame", answer.getString("type"), answer::toString);
      assertEquals("PROCESSED", answer.getString("status"), answer::toString);
      answer.getJsonArray("events").stream().map(JsonValue::asJsonObject).forEach(events::add);
    }
    List<JsonObject> confirmed =
        events.stream().filter(e -> e.getString("type").equals("person.confirmed")).toList();
    assertEquals(1, confirmed.size(), () -> "events: " + events);
    assertEquals(
        s.persons().get(faces.identity(1)).longValue(),
        confirmed.get(0).getJsonNumber("personId").longValue());

    socket.sendText("{\"type\":\"close\"}", true).join();
    JsonObject closed = listener.next();
    assertEquals("closed", closed.getString("type"), closed::toString);
    Reply after =
        api()
            .postBytes(
                "api/v1/encounters/" + id + "/frames?sequence=99",
                s.deviceToken(),
                "image/jpeg",
                camera.empty());
    assertEquals(404, after.status(), "closed over the socket, closed for REST too");
  }

  @Test
  void aSocketWithoutAValidTicketIsRefusedAndATicketWorksOnlyOnce() throws Exception {
    Setup s = setUp(faces, 1);
    String id = api().post("api/v1/encounters", s.deviceToken(), "").json().getString("id");
    Listener forged = new Listener();
    WebSocket first = connect(id, forged);
    first.sendText("{\"ticket\":\"not-a-ticket\"}", true).join();
    JsonObject refused = forged.next();
    assertEquals("problem", refused.getString("type"));
    assertEquals("SOCKET_TICKET_INVALID", refused.getString("code"));

    String ticket = ticket(id, s.deviceToken());
    Listener frameFirst = new Listener();
    WebSocket eager = connect(id, frameFirst);
    eager.sendBinary(frame(1, -1, new CameraFrames(22).empty()), true).join();
    assertEquals(
        "SOCKET_TICKET_INVALID", frameFirst.next().getString("code"), "frames before the ticket");

    Listener once = new Listener();
    connect(id, once).sendText("{\"ticket\":\"" + ticket + "\"}", true).join();
    assertEquals("ready", once.next().getString("type"));
    Listener twice = new Listener();
    connect(id, twice).sendText("{\"ticket\":\"" + ticket + "\"}", true).join();
    assertEquals("SOCKET_TICKET_INVALID", twice.next().getString("code"), "a ticket used twice");
  }
}
