package org.kith.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kith.deploy.testing.ApiClient.Reply;

/**
 * A phone paired by code through the built WAR, the real realm and the audit log: it starts without
 * a token, a clinician enters its code, it collects its credential once, exchanges it for tokens,
 * streams, and is refused from the moment it is revoked.
 */
class PairingIT extends GalleryIT {

  private Reply start() {
    Reply started = api().post("api/v1/pairings", null, "");
    assertEquals(201, started.status(), started::toString);
    return started;
  }

  private Reply claim(String pairingCode) {
    return api().post("api/v1/pairings/claim", null, "{\"pairingCode\":\"" + pairingCode + "\"}");
  }

  /** The clinician's side: the code a phone shows, entered for the patient. */
  private Reply confirm(long patient, String token, String body) {
    return api().post("api/v1/patients/" + patient + "/pairings", token, body);
  }

  private Reply deviceToken(String clientId, String secret) {
    String form =
        "client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    return api()
        .postBytes(
            "api/v1/device-tokens",
            null,
            "application/x-www-form-urlencoded",
            form.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aPhoneIsPairedByItsCodeCollectsItsCredentialOnceAndIsRefusedOnceRevoked() throws Exception {
    String clinician = tokens().user("clinician");
    long patient = patient(clinician);
    JsonObject started = start().json();
    String pairingCode = started.getString("pairingCode");
    String userCode = started.getString("userCode");
    assertTrue(userCode.matches("[B-Z]{4}-[B-Z]{4}"), userCode);
    assertTrue(started.getInt("expiresIn") > 500 && started.getInt("expiresIn") <= 600);
    assertEquals(2, started.getInt("interval"));

    Reply pending = claim(pairingCode);
    assertEquals(400, pending.status(), pending::toString);
    assertEquals("PAIRING_PENDING", pending.json().getString("code"));

    Reply confirmed =
        confirm(
            patient,
            clinician,
            "{\"userCode\":\"" + userCode.toLowerCase().replace("-", " ") + "\"}");
    assertEquals(201, confirmed.status(), confirmed::toString);
    assertEquals("Companion", confirmed.json().getString("label"));
    assertFalse(confirmed.body().contains("clientSecret"), "the clinician never sees the secret");
    long deviceId = confirmed.json().getJsonNumber("id").longValue();

    Thread.sleep(2_000);
    Reply collected = claim(pairingCode);
    assertEquals(200, collected.status(), collected::toString);
    String clientId = collected.json().getString("clientId");
    String secret = collected.json().getString("clientSecret");
    assertEquals(
        deviceId, collected.json().getJsonObject("device").getJsonNumber("id").longValue());
    assertTrue(collected.json().getString("tokenEndpoint").endsWith("/api/v1/device-tokens"));
    Thread.sleep(2_000);
    Reply again = claim(pairingCode);
    assertEquals(400, again.status(), again::toString);
    assertEquals("PAIRING_EXPIRED", again.json().getString("code"), "collected once only");

    Reply token = deviceToken(clientId, secret);
    assertEquals(200, token.status(), token::toString);
    String bearer = token.json().getString("accessToken");
    Reply encounter = api().post("api/v1/encounters", bearer, "");
    assertEquals(201, encounter.status(), encounter::toString);
    String encounterId = encounter.json().getString("id");

    List<JsonObject> pairings = auditEvents(patient, "DEVICE_PAIRING");
    assertEquals(1, pairings.size(), pairings::toString);
    assertEquals("SUCCESS", pairings.get(0).getString("outcome"));

    Reply revoked =
        api()
            .post(
                "api/v1/patients/" + patient + "/devices/" + deviceId + "/revocation",
                clinician,
                "");
    assertEquals(200, revoked.status(), revoked::toString);
    Reply frame =
        api()
            .postBytes(
                "api/v1/encounters/" + encounterId + "/frames?sequence=1",
                bearer,
                "image/jpeg",
                FacesDev.read(Photos.write("blank", Photos.gradient(320, 240))));
    assertEquals(403, frame.status(), frame::toString);
    assertEquals("DEVICE_REVOKED", frame.json().getString("code"));
    Reply refused = deviceToken(clientId, secret);
    assertEquals(401, refused.status(), refused::toString);
    assertEquals("DEVICE_CREDENTIALS_INVALID", refused.json().getString("code"));
  }

  @Test
  void aWrongCodeOrAnotherClinicsPatientPairsNothingAndTheCodeStaysUsable() {
    String clinician = tokens().user("clinician");
    long patient = patient(clinician);
    String userCode = start().json().getString("userCode");

    Reply wrong = confirm(patient, clinician, "{\"userCode\":\"BBBB-BBBB\"}");
    assertEquals(400, wrong.status(), wrong::toString);
    assertEquals("PAIRING_CODE_INVALID", wrong.json().getString("code"));
    List<JsonObject> refused = auditEvents(patient, "DEVICE_PAIRING");
    assertEquals(1, refused.size(), refused::toString);
    assertEquals("FAILURE", refused.get(0).getString("outcome"));

    Reply otherClinic =
        confirm(patient, tokens().user("clinician-b"), "{\"userCode\":\"" + userCode + "\"}");
    assertEquals(404, otherClinic.status(), otherClinic::toString);

    Reply paired =
        confirm(
            patient, clinician, "{\"userCode\":\"" + userCode + "\",\"label\":\"Anna's phone\"}");
    assertEquals(201, paired.status(), paired::toString);
    assertEquals("Anna's phone", paired.json().getString("label"));
    assertEquals(
        1, api().get("api/v1/patients/" + patient + "/devices", clinician).jsonArray().size());

    Reply noBody =
        api()
            .postBytes(
                "api/v1/device-tokens",
                null,
                "application/x-www-form-urlencoded",
                "client_id=x".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, noBody.status(), noBody::toString);
    assertTrue(noBody.isProblem(), noBody::toString);
  }
}
