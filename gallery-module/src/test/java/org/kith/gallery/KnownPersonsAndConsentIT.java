package org.kith.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.kith.deploy.testing.ApiClient.Reply;
import org.kith.deploy.testing.IntegrationEnvironment;

/** Known persons and their consent, through the built WAR, MariaDB and Keycloak. */
class KnownPersonsAndConsentIT extends GalleryIT {

  private String clinician() {
    return IntegrationEnvironment.current().tokens().user("clinician");
  }

  private long person(String token, long patient, String name) {
    Reply added =
        api()
            .post(
                "api/v1/patients/" + patient + "/persons",
                token,
                "{\"displayName\":\""
                    + name
                    + "\",\"relationship\":\"daughter\",\"memoryCue\":\"visits on Sundays\"}");
    assertEquals(201, added.status(), added::toString);
    return added.json().getJsonNumber("id").longValue();
  }

  private static String verbalConsent() {
    return "{\"givenBy\":\"PERSON\",\"method\":\"RECORDED_VERBAL\",\"witness\":\"Nurse Ada\"}";
  }

  @Test
  void addedPersonHasNoConsentUntilOneIsRecorded() {
    String token = clinician();
    long patient = patient(token);
    long anna = person(token, patient, "Anna");

    JsonObject read = api().get("api/v1/patients/" + patient + "/persons/" + anna, token).json();
    assertEquals("Anna", read.getString("displayName"));
    assertEquals("visits on Sundays", read.getString("memoryCue"));
    assertEquals("NONE", read.getString("consentStatus"));

    Reply consent =
        api()
            .post(
                "api/v1/patients/" + patient + "/persons/" + anna + "/consents",
                token,
                verbalConsent());
    assertEquals(201, consent.status(), consent::toString);
    assertEquals("ACTIVE", consent.json().getString("status"));
    assertEquals("PATIENT", consent.json().getString("scope"));
    assertEquals(
        "ACTIVE",
        api()
            .get("api/v1/patients/" + patient + "/persons/" + anna, token)
            .json()
            .getString("consentStatus"));
  }

  @Test
  void secondActiveConsentIsRefusedAndWithdrawalIsKeptInTheHistory() {
    String token = clinician();
    long patient = patient(token);
    long ben = person(token, patient, "Ben");
    String consents = "api/v1/patients/" + patient + "/persons/" + ben + "/consents";
    long first =
        api().post(consents, token, verbalConsent()).json().getJsonNumber("id").longValue();

    Reply again = api().post(consents, token, verbalConsent());
    assertEquals(409, again.status(), again::toString);
    assertEquals("CONSENT_ALREADY_ACTIVE", again.json().getString("code"));

    Reply withdrawn = api().post(consents + "/" + first + "/withdrawal", token, "");
    assertEquals(200, withdrawn.status(), withdrawn::toString);
    assertEquals("WITHDRAWN", withdrawn.json().getString("status"));
    assertEquals(409, api().post(consents + "/" + first + "/withdrawal", token, "").status());
    assertEquals(
        "WITHDRAWN",
        api()
            .get("api/v1/patients/" + patient + "/persons/" + ben, token)
            .json()
            .getString("consentStatus"));

    assertEquals(
        201,
        api().post(consents, token, verbalConsent()).status(),
        "a new consent after withdrawal");
    assertEquals(2, api().get(consents, token).jsonArray().size(), "history keeps both consents");
  }

  @Test
  void expiredConsentIsReportedAsExpired() {
    String token = clinician();
    long patient = patient(token);
    long cara = person(token, patient, "Cara");
    Instant given = Instant.now().minus(2, ChronoUnit.DAYS);
    Instant expired = Instant.now().minus(1, ChronoUnit.DAYS);
    Reply consent =
        api()
            .post(
                "api/v1/patients/" + patient + "/persons/" + cara + "/consents",
                token,
                "{\"givenBy\":\"LEGAL_REPRESENTATIVE\",\"representativeName\":\"R. Guardian\",\"method\":\"SIGNED_FORM\","
                    + "\"evidenceReference\":\"folder 3\",\"givenAt\":\""
                    + given
                    + "\",\"expiresAt\":\""
                    + expired
                    + "\"}");
    assertEquals(201, consent.status(), consent::toString);
    assertEquals("EXPIRED", consent.json().getString("status"));
  }

  @Test
  void invalidConsentNamesItsFieldsAndStoresNothing() {
    String token = clinician();
    long patient = patient(token);
    long dan = person(token, patient, "Dan");
    String consents = "api/v1/patients/" + patient + "/persons/" + dan + "/consents";
    Reply reply =
        api()
            .post(
                consents,
                token,
                "{\"givenBy\":\"LEGAL_REPRESENTATIVE\",\"method\":\"RECORDED_VERBAL\"}");
    assertEquals(400, reply.status(), reply::toString);
    assertEquals(2, reply.json().getJsonArray("violations").size(), reply::toString);
    assertEquals(0, api().get(consents, token).jsonArray().size());

    Reply unknownMethod =
        api().post(consents, token, "{\"givenBy\":\"PERSON\",\"method\":\"TELEPATHY\"}");
    assertEquals(400, unknownMethod.status(), unknownMethod::toString);
  }

  @Test
  void renamingKeepsTheSamePersonAndStaleEditsAreRefused() {
    String token = clinician();
    long patient = patient(token);
    long eve = person(token, patient, "Eve");
    String path = "api/v1/patients/" + patient + "/persons/" + eve;
    long version = api().get(path, token).json().getJsonNumber("version").longValue();

    Reply renamed =
        api()
            .put(
                path,
                token,
                "{\"displayName\":\"Evelyn\",\"relationship\":\"granddaughter\",\"version\":"
                    + version
                    + "}");
    assertEquals(200, renamed.status(), renamed::toString);
    assertEquals(eve, renamed.json().getJsonNumber("id").longValue());
    assertEquals("Evelyn", renamed.json().getString("displayName"));

    Reply stale =
        api()
            .put(
                path,
                token,
                "{\"displayName\":\"Eva\",\"relationship\":\"friend\",\"version\":"
                    + version
                    + "}");
    assertEquals(409, stale.status(), stale::toString);
    assertEquals("STALE_VERSION", stale.json().getString("code"));
  }

  @Test
  void anotherClinicSeesNeitherThePersonNorItsConsents() {
    String token = clinician();
    long patient = patient(token);
    long fay = person(token, patient, "Fay");
    String other = IntegrationEnvironment.current().tokens().user("clinician-b");
    assertEquals(404, api().get("api/v1/patients/" + patient + "/persons/" + fay, other).status());
    assertEquals(404, api().get("api/v1/patients/" + patient + "/persons", other).status());
    assertEquals(
        404,
        api().get("api/v1/patients/" + patient + "/persons/" + fay + "/consents", other).status());
    Reply addToForeignPatient =
        api()
            .post(
                "api/v1/patients/" + patient + "/persons",
                other,
                "{\"displayName\":\"Mallory\",\"relationship\":\"friend\"}");
    assertEquals(404, addToForeignPatient.status(), addToForeignPatient::toString);
    assertTrue(api().get("api/v1/patients/" + patient + "/persons", token).jsonArray().size() == 1);
  }
}
