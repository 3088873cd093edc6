package org.kith.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kith.deploy.testing.ApiClient;
import org.kith.deploy.testing.ApiClient.FilePart;
import org.kith.deploy.testing.ApiClient.Reply;
import org.kith.deploy.testing.IntegrationEnvironment;
import org.kith.deploy.testing.Tokens;

/**
 * Black-box tests of the built gallery WAR on Payara Micro, against MariaDB and Keycloak with
 * security on. Each subclass gets its own server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class GalleryIT {

  @Deployment(testable = false)
  static WebArchive war() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/gallery.war"));
  }

  @ArquillianResource URL base;

  /** Every gallery call that changes something is audited, so the audit module must be up. */
  @BeforeAll
  static void companionModulesReady() {
    IntegrationEnvironment.current().companions();
  }

  /** The recognition and audit modules started beside the gallery. */
  ApiClient companionApi() {
    return new ApiClient(URI.create(IntegrationEnvironment.current().companions().url() + "/"));
  }

  ApiClient api() {
    return new ApiClient(URI.create(base.toString()));
  }

  Tokens tokens() {
    return IntegrationEnvironment.current().tokens();
  }

  /** A new patient of the token's clinic. */
  long patient(String token) {
    return api()
        .post("api/v1/patients", token, "{\"pseudonym\":\"P-test\"}")
        .json()
        .getJsonNumber("id")
        .longValue();
  }

  /** A patient with enrolled persons, a device and its token. */
  record Setup(long patient, Map<String, Long> persons, String deviceToken, long deviceId) {}

  long addPerson(String token, long patient, String name) {
    Reply added =
        api()
            .post(
                "api/v1/patients/" + patient + "/persons",
                token,
                "{\"displayName\":\"" + name + "\",\"relationship\":\"friend\"}");
    assertEquals(201, added.status(), added::toString);
    return added.json().getJsonNumber("id").longValue();
  }

  long consent(String token, long patient, long person) {
    Reply given =
        api()
            .post(
                "api/v1/patients/" + patient + "/persons/" + person + "/consents",
                token,
                "{\"givenBy\":\"PERSON\",\"method\":\"RECORDED_VERBAL\",\"witness\":\"Nurse Ada\"}");
    assertEquals(201, given.status(), given::toString);
    return given.json().getJsonNumber("id").longValue();
  }

  Reply enrol(String token, long patient, long person, List<Path> files) {
    List<FilePart> parts = new ArrayList<>();
    for (Path f : files) {
      parts.add(new FilePart("image", f.getFileName().toString(), "image/jpeg", FacesDev.read(f)));
    }
    return api()
        .postMultipart(
            "api/v1/patients/" + patient + "/persons/" + person + "/templates", token, parts);
  }

  Setup setUp(FacesDev faces, int people) {
    String clinician = tokens().user("clinician");
    long patient = patient(clinician);
    Map<String, Long> persons = new LinkedHashMap<>();
    for (int i = 0; i < people; i++) {
      String identity = faces.identity(i);
      long person = addPerson(clinician, patient, "Person " + i);
      consent(clinician, patient, person);
      Reply enrolled = enrol(clinician, patient, person, faces.gallery.get(identity));
      assertEquals(200, enrolled.status(), enrolled::toString);
      long accepted =
          enrolled.json().getJsonArray("results").stream()
              .filter(r -> r.asJsonObject().getBoolean("accepted"))
              .count();
      assertTrue(accepted >= 1, () -> "no photo of " + identity + " accepted: " + enrolled);
      persons.put(identity, person);
    }
    Reply device =
        api().post("api/v1/patients/" + patient + "/devices", clinician, "{\"label\":\"Glasses\"}");
    assertEquals(201, device.status(), device::toString);
    String deviceToken =
        tokens()
            .client(device.json().getString("clientId"), device.json().getString("clientSecret"));
    return new Setup(
        patient,
        persons,
        deviceToken,
        device.json().getJsonObject("device").getJsonNumber("id").longValue());
  }

  /** The audit log's events of this patient and action, as a reviewer reads them. */
  List<JsonObject> auditEvents(long patient, String action) {
    Reply events =
        companionApi()
            .get(
                "audit/api/v1/events?patient=" + patient + "&action=" + action + "&limit=200",
                tokens().user("reviewer"));
    assertEquals(200, events.status(), events::toString);
    return events.jsonArray().stream().map(JsonValue::asJsonObject).toList();
  }

  /** The faces of an identify answer. */
  static List<JsonObject> faces(Reply reply) {
    return reply.json().getJsonArray("faces").stream().map(JsonValue::asJsonObject).toList();
  }

  Reply identify(String deviceToken, Path image) {
    return api()
        .postBytes("api/v1/identify?frameId=1", deviceToken, "image/jpeg", FacesDev.read(image));
  }
}
