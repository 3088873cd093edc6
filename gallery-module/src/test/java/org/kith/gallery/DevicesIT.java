package org.kith.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.kith.deploy.testing.ApiClient.Reply;

/** Devices registered as real Keycloak clients through the built WAR, and revoked. */
class DevicesIT extends GalleryIT {

  private static JsonObject claims(String jwt) {
    String payload =
        new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    return Json.createReader(new StringReader(payload)).readObject();
  }

  @Test
  void registeredDeviceGetsItsOwnTokenBoundToClinicAndPatientUntilRevoked() {
    String admin = tokens().user("clinic-admin");
    long patient = patient(admin);
    Reply registered =
        api().post("api/v1/patients/" + patient + "/devices", admin, "{\"label\":\"Glasses\"}");
    assertEquals(201, registered.status(), registered::toString);
    String clientId = registered.json().getString("clientId");
    String secret = registered.json().getString("clientSecret");
    assertTrue(clientId.startsWith("kith-device-"), clientId);
    assertTrue(
        registered.json().getString("tokenEndpoint").endsWith("/protocol/openid-connect/token"));
    long deviceId = registered.json().getJsonObject("device").getJsonNumber("id").longValue();

    JsonObject claims = claims(tokens().client(clientId, secret));
    assertEquals("demo-clinic", claims.getString("clinic"));
    assertEquals(Long.toString(patient), claims.getString("patient"));
    assertTrue(
        claims
            .getJsonArray("groups")
            .getValuesAs(jakarta.json.JsonString::getString)
            .contains("device"),
        claims::toString);
    assertTrue(claims.get("aud").toString().contains("\"kith\""), claims::toString);

    Reply listed = api().get("api/v1/patients/" + patient + "/devices/" + deviceId, admin);
    assertEquals(200, listed.status(), listed::toString);
    assertFalse(listed.body().contains(secret), "the secret is shown only once");
    assertTrue(listed.json().getBoolean("active"));

    Reply revoked =
        api()
            .post("api/v1/patients/" + patient + "/devices/" + deviceId + "/revocation", admin, "");
    assertEquals(200, revoked.status(), revoked::toString);
    assertFalse(revoked.json().getBoolean("active"));
    assertThrows(
        IllegalStateException.class,
        () -> tokens().client(clientId, secret),
        "a revoked device gets no token");
  }

  @Test
  void aDeviceIsOnlineOnceItHasIdentifiedEvenWithNoFaceInThePicture() throws Exception {
    String clinician = tokens().user("clinician");
    long patient = patient(clinician);
    Reply registered =
        api().post("api/v1/patients/" + patient + "/devices", clinician, "{\"label\":\"Phone\"}");
    assertEquals(201, registered.status(), registered::toString);
    JsonObject device = registered.json().getJsonObject("device");
    String path = "api/v1/patients/" + patient + "/devices/" + device.getJsonNumber("id");
    assertFalse(device.containsKey("lastSeenAt"), "never seen: no lastSeenAt " + device);
    assertFalse(device.getBoolean("online"));

    String token =
        tokens()
            .client(
                registered.json().getString("clientId"),
                registered.json().getString("clientSecret"));
    Reply answer = api().postBytes("api/v1/identify", token, "image/jpeg", blankJpeg());
    assertEquals(200, answer.status(), answer::toString);
    assertEquals("NO_FACE", answer.json().getString("status"));

    // The sighting is written off the identify's path, so it may land a moment after the answer.
    JsonObject seen = null;
    for (int i = 0; i < 50; i++) {
      seen = api().get(path, clinician).json();
      if (seen.getBoolean("online")) {
        break;
      }
      Thread.sleep(200);
    }
    assertTrue(seen.getBoolean("online"), seen::toString);
    assertTrue(seen.containsKey("lastSeenAt"), seen::toString);
    assertEquals(
        1, api().get("api/v1/patients/" + patient + "/devices", clinician).jsonArray().size());
    assertTrue(
        api()
            .get("api/v1/patients/" + patient + "/devices", clinician)
            .jsonArray()
            .getJsonObject(0)
            .getBoolean("online"));

    Reply revoked = api().post(path + "/revocation", clinician, "");
    assertFalse(revoked.json().getBoolean("online"), "a revoked device is never online");
    assertTrue(revoked.json().containsKey("lastSeenAt"), "its last sighting stays on record");
  }

  private static byte[] blankJpeg() throws java.io.IOException {
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(320, 240, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = image.createGraphics();
    g.setColor(java.awt.Color.GRAY);
    g.fillRect(0, 0, 320, 240);
    g.dispose();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }

  @Test
  void anotherClinicCannotRegisterOrSeeDevicesOfThisClinicsPatient() {
    long patient = patient(tokens().user("clinician"));
    String other = tokens().user("clinician-b");
    assertEquals(
        404,
        api().post("api/v1/patients/" + patient + "/devices", other, "{\"label\":\"x\"}").status());
    assertEquals(404, api().get("api/v1/patients/" + patient + "/devices", other).status());
  }

  @Test
  void aDeviceCannotRegisterDevices() {
    long patient = patient(tokens().user("clinician"));
    assertEquals(
        403,
        api()
            .post(
                "api/v1/patients/" + patient + "/devices",
                tokens().demoDevice(),
                "{\"label\":\"x\"}")
            .status());
  }

  @Test
  void blankLabelIsRefusedAndNoClientIsCreated() {
    String token = tokens().user("clinician");
    long patient = patient(token);
    Reply reply = api().post("api/v1/patients/" + patient + "/devices", token, "{\"label\":\" \"}");
    assertEquals(400, reply.status(), reply::toString);
    assertEquals(0, api().get("api/v1/patients/" + patient + "/devices", token).jsonArray().size());
  }
}
