package org.kith.gallery.interfaces.rest.encounter;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.stream.JsonParsingException;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kith.api.problem.KithException;
import org.kith.gallery.application.GalleryErrors;
import org.kith.gallery.application.encounter.DeviceCaller;
import org.kith.gallery.application.encounter.EncounterEvent;
import org.kith.gallery.application.encounter.Encounters;
import org.kith.gallery.application.encounter.FrameAnswer;
import org.kith.gallery.application.encounter.FrameRejectedException;

/**
 * The encounter's frames over one WebSocket instead of a request each. The first message must be
 * {@code {"ticket": …}} with a ticket from {@code POST …/socket-tickets} (no token in the URL);
 * then each binary message is a frame (8 bytes sequence, 8 bytes capture time in epoch ms or -1,
 * big-endian, then the image) and is answered with the same JSON as the REST call plus {@code
 * "type":"frame"}; a refused frame with {@code "type":"problem"} and its code; {@code
 * {"type":"close"}} closes the encounter.
 */
@ServerEndpoint("/ws/v1/encounters/{id}")
public class EncounterSocket {
  private static final Logger LOG = Logger.getLogger(EncounterSocket.class.getName());
  private static final String CALLER = "kith.caller";
  private static final int HEADER = 16;
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject Encounters encounters;
  @Inject SocketTickets tickets;
  @Inject SocketWorkers workers;

  @Inject
  @ConfigProperty(name = "kith.gallery.image.max-bytes", defaultValue = "8388608")
  int maxImageBytes;

  @OnOpen
  public void open(Session session) {
    session.setMaxBinaryMessageBufferSize(maxImageBytes + HEADER);
    session.setMaxTextMessageBufferSize(4096);
    session.setMaxIdleTimeout(60_000);
  }

  @OnMessage
  public void text(String message, Session session, @PathParam("id") String id) {
    DeviceCaller caller = (DeviceCaller) session.getUserProperties().get(CALLER);
    JsonObject body;
    try {
      body = Json.createReader(new StringReader(message)).readObject();
    } catch (JsonParsingException | ClassCastException | IllegalStateException e) {
      refuse(session, "a text message must be a JSON object");
      return;
    }
    if (caller == null) {
      String ticket =
          body.containsKey("ticket") && body.get("ticket") instanceof jakarta.json.JsonString s
              ? s.getString()
              : null;
      var grant = tickets.redeem(ticket, id);
      if (grant.isEmpty()) {
        send(
            session,
            problem(
                new KithException(GalleryErrors.SOCKET_TICKET_INVALID, "ticket refused"),
                List.of()));
        close(session, CloseReason.CloseCodes.VIOLATED_POLICY, "SOCKET_TICKET_INVALID");
        return;
      }
      session.getUserProperties().put(CALLER, grant.get().caller());
      send(session, Json.createObjectBuilder().add("type", "ready").add("encounterId", id).build());
      return;
    }
    if ("close".equals(body.getString("type", ""))) {
      try {
        send(session, typed("closed", encounters.close(caller, id)));
      } catch (KithException e) {
        send(session, problem(e, List.of()));
      }
      close(session, CloseReason.CloseCodes.NORMAL_CLOSURE, "closed");
      return;
    }
    refuse(session, "unknown message");
  }

  @OnMessage
  public void frame(ByteBuffer message, Session session, @PathParam("id") String id) {
    DeviceCaller caller = (DeviceCaller) session.getUserProperties().get(CALLER);
    if (caller == null) {
      send(
          session,
          problem(
              new KithException(GalleryErrors.SOCKET_TICKET_INVALID, "send the ticket first"),
              List.of()));
      close(session, CloseReason.CloseCodes.VIOLATED_POLICY, "SOCKET_TICKET_INVALID");
      return;
    }
    if (message.remaining() < HEADER) {
      send(
          session,
          problem(
              new KithException(
                  GalleryErrors.FRAME_SEQUENCE_INVALID, "a frame starts with 16 header bytes"),
              List.of()));
      return;
    }
    long sequence = message.getLong();
    long captured = message.getLong();
    byte[] image = new byte[message.remaining()];
    message.get(image);
    boolean taken =
        workers.submit(
            () -> {
              try {
                FrameAnswer answer =
                    encounters.frame(caller, id, sequence, FrameParameters.time(captured), image);
                send(session, typed("frame", answer));
              } catch (FrameRejectedException e) {
                send(session, problem(e, e.events()));
              } catch (KithException e) {
                send(session, problem(e, List.of()));
                if (e.errorCode() == GalleryErrors.ENCOUNTER_NOT_FOUND
                    || e.errorCode() == GalleryErrors.DEVICE_REVOKED
                    || e.errorCode() == GalleryErrors.DEVICE_UNKNOWN) {
                  close(session, CloseReason.CloseCodes.NORMAL_CLOSURE, e.errorCode().code());
                }
              } catch (RuntimeException e) {
                LOG.log(
                    java.util.logging.Level.WARNING,
                    "GAL-205 a socket frame failed: " + e.getClass().getSimpleName(),
                    e);
                send(
                    session,
                    problem(
                        new KithException(
                            GalleryErrors.RECOGNITION_UNAVAILABLE,
                            "the frame could not be analysed"),
                        List.of()));
              }
            });
    if (!taken) {
      send(
          session,
          typed(
              "frame",
              new FrameAnswer(
                  id,
                  sequence,
                  "DROPPED",
                  "BUSY",
                  null,
                  null,
                  null,
                  java.util.Map.of(),
                  List.of())));
    }
  }

  private static JsonObject typed(String type, FrameAnswer answer) {
    JsonObject plain = Json.createReader(new StringReader(JSON.toJson(answer))).readObject();
    JsonObjectBuilder out = Json.createObjectBuilder().add("type", type);
    plain.forEach(out::add);
    return out.build();
  }

  private static JsonObject problem(KithException e, List<EncounterEvent> events) {
    JsonObjectBuilder out =
        Json.createObjectBuilder()
            .add("type", "problem")
            .add("status", e.errorCode().httpStatus())
            .add("code", e.errorCode().code())
            .add("title", e.errorCode().title());
    if (e.getMessage() != null) {
      out.add("detail", e.getMessage());
    }
    JsonValue list = Json.createReader(new StringReader(JSON.toJson(events))).readValue();
    out.add("events", list);
    return out.build();
  }

  private void refuse(Session session, String why) {
    send(
        session,
        Json.createObjectBuilder()
            .add("type", "problem")
            .add("status", 400)
            .add("code", "VALIDATION_FAILED")
            .add("detail", why)
            .build());
  }

  private static void send(Session session, JsonObject message) {
    synchronized (session) {
      if (!session.isOpen()) {
        return;
      }
      try {
        session.getBasicRemote().sendText(message.toString());
      } catch (IOException | IllegalStateException e) {
        LOG.fine(() -> "GAL-206 socket message not delivered: " + e.getMessage());
      }
    }
  }

  private static void close(Session session, CloseReason.CloseCodes code, String reason) {
    try {
      session.close(new CloseReason(code, reason));
    } catch (IOException e) {
      LOG.fine(() -> "GAL-206 socket not closed cleanly: " + e.getMessage());
    }
  }
}
