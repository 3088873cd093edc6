package org.kith.gallery.infrastructure.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kith.api.problem.CommonErrors;
import org.kith.api.problem.KithException;
import org.kith.api.security.Claims;
import org.kith.api.security.Roles;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.DeviceIdentities;

/**
 * Devices as Keycloak clients, through Keycloak's admin REST API with the platform's own service
 * account. Each device client carries hard-coded {@code clinic} and {@code patient} claims and the
 * {@code device} realm role, so its tokens say whose device it is.
 */
@ApplicationScoped
public class KeycloakDeviceIdentities implements DeviceIdentities {
  private static final Logger LOG = Logger.getLogger(KeycloakDeviceIdentities.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject
  @ConfigProperty(name = "kith.oidc.issuer")
  String issuer;

  @Inject
  @ConfigProperty(name = "kith.platform.client-id", defaultValue = "kith-platform")
  String platformClientId;

  @Inject
  @ConfigProperty(name = "kith.platform.client-secret")
  String platformClientSecret;

  @Override
  public DeviceCredentials create(ClinicId clinic, long patientId, String label) {
    // Random, so the client id reveals nothing about the patient.
    byte[] suffix = new byte[6];
    RANDOM.nextBytes(suffix);
    String clientId = "kith-device-" + HexFormat.of().formatHex(suffix);
    Client http = client();
    try {
      String token = platformToken(http);
      Response created =
          admin(http, "/clients", token)
              .post(Entity.json(deviceClient(clientId, clinic, patientId)));
      expect(created, 201, "create device client");
      String internalId = lastSegment(created.getLocation());
      try {
        String userId =
            admin(http, "/clients/" + internalId + "/service-account-user", token)
                .get(JsonObject.class)
                .getString("id");
        JsonObject role = admin(http, "/roles/" + Roles.DEVICE, token).get(JsonObject.class);
        JsonArray roles = Json.createArrayBuilder().add(role).build();
        expect(
            admin(http, "/users/" + userId + "/role-mappings/realm", token)
                .post(Entity.json(roles)),
            204,
            "grant the device role");
        String secret =
            admin(http, "/clients/" + internalId + "/client-secret", token)
                .get(JsonObject.class)
                .getString("value");
        LOG.info(() -> "GAL-010 device client created");
        return new DeviceCredentials(clientId, secret);
      } catch (RuntimeException e) {
        admin(http, "/clients/" + internalId, token).delete().close();
        throw e;
      }
    } catch (ProcessingException | jakarta.ws.rs.WebApplicationException e) {
      throw unavailable(e);
    } finally {
      http.close();
    }
  }

  @Override
  public void disable(String clientId) {
    Client http = client();
    try {
      String token = platformToken(http);
      JsonArray found =
          http.target(adminBase())
              .path("clients")
              .queryParam("clientId", clientId)
              .request(MediaType.APPLICATION_JSON)
              .header("Authorization", "Bearer " + token)
              .get(JsonArray.class);
      if (found.isEmpty()) {
        LOG.warning("GAL-011 device client to disable is already gone");
        return;
      }
      String internalId = found.getJsonObject(0).getString("id");
      JsonObject disabled =
          Json.createObjectBuilder().add("clientId", clientId).add("enabled", false).build();
      expect(
          admin(http, "/clients/" + internalId, token).put(Entity.json(disabled)),
          204,
          "disable device client");
    } catch (ProcessingException | jakarta.ws.rs.WebApplicationException e) {
      throw unavailable(e);
    } finally {
      http.close();
    }
  }

  @Override
  public Optional<DeviceToken> token(String clientId, String clientSecret) {
    Client http = client();
    try {
      Response response = clientCredentials(http, clientId, clientSecret);
      try {
        // Keycloak answers 401 invalid_client for a wrong secret and 400 unauthorized_client for
        // a disabled (revoked) client: both mean these credentials get no token.
        if (response.getStatus() == 400 || response.getStatus() == 401) {
          return Optional.empty();
        }
        if (response.getStatus() != 200) {
          throw new KithException(
              CommonErrors.SERVICE_UNAVAILABLE,
              "The identity provider answered HTTP " + response.getStatus() + " for a token");
        }
        JsonObject body = response.readEntity(JsonObject.class);
        return Optional.of(
            new DeviceToken(
                body.getString("access_token"), body.getJsonNumber("expires_in").longValue()));
      } finally {
        response.close();
      }
    } catch (ProcessingException | jakarta.ws.rs.WebApplicationException e) {
      throw unavailable(e);
    } finally {
      http.close();
    }
  }

  private JsonObject deviceClient(String clientId, ClinicId clinic, long patientId) {
    return Json.createObjectBuilder()
        .add("clientId", clientId)
        .add("name", "Kith assistive device")
        .add("enabled", true)
        .add("protocol", "openid-connect")
        .add("publicClient", false)
        .add("clientAuthenticatorType", "client-secret")
        .add("standardFlowEnabled", false)
        .add("implicitFlowEnabled", false)
        .add("directAccessGrantsEnabled", false)
        .add("serviceAccountsEnabled", true)
        .add(
            "protocolMappers",
            Json.createArrayBuilder()
                .add(
                    mapper(
                        "groups",
                        "oidc-usermodel-realm-role-mapper",
                        Json.createObjectBuilder()
                            .add("claim.name", "groups")
                            .add("multivalued", "true")
                            .add("jsonType.label", "String")))
                .add(
                    mapper(
                        "kith-audience",
                        "oidc-audience-mapper",
                        Json.createObjectBuilder()
                            .add("included.custom.audience", Claims.AUDIENCE)))
                .add(
                    mapper(
                        Claims.CLINIC,
                        "oidc-hardcoded-claim-mapper",
                        Json.createObjectBuilder()
                            .add("claim.name", Claims.CLINIC)
                            .add("claim.value", clinic.value())
                            .add("jsonType.label", "String")))
                .add(
                    mapper(
                        Claims.PATIENT,
                        "oidc-hardcoded-claim-mapper",
                        Json.createObjectBuilder()
                            .add("claim.name", Claims.PATIENT)
                            .add("claim.value", Long.toString(patientId))
                            .add("jsonType.label", "String"))))
        .build();
  }

  private static JsonObjectBuilder mapper(String name, String type, JsonObjectBuilder config) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("protocol", "openid-connect")
        .add("protocolMapper", type)
        .add(
            "config",
            config.add("access.token.claim", "true").add("introspection.token.claim", "true"));
  }

  /** The realm's client credentials grant, for the platform's own client or a device's. */
  private Response clientCredentials(Client http, String clientId, String clientSecret) {
    Form form =
        new Form()
            .param("grant_type", "client_credentials")
            .param("client_id", clientId)
            .param("client_secret", clientSecret);
    return http.target(issuer + "/protocol/openid-connect/token")
        .request(MediaType.APPLICATION_JSON)
        .post(Entity.form(form));
  }

  private String platformToken(Client http) {
    Response response = clientCredentials(http, platformClientId, platformClientSecret);
    expect(response, 200, "obtain the platform's service token");
    return response.readEntity(JsonObject.class).getString("access_token");
  }

  private jakarta.ws.rs.client.Invocation.Builder admin(Client http, String path, String token) {
    return http.target(adminBase() + path)
        .request(MediaType.APPLICATION_JSON)
        .header("Authorization", "Bearer " + token);
  }

  /** Keycloak serves a realm's admin API beside it: {@code /realms/x} → {@code /admin/realms/x}. */
  private String adminBase() {
    return issuer.replace("/realms/", "/admin/realms/");
  }

  private static void expect(Response response, int status, String what) {
    try {
      if (response.getStatus() != status) {
        throw new KithException(
            CommonErrors.SERVICE_UNAVAILABLE,
            "The identity provider refused to " + what + " (HTTP " + response.getStatus() + ")");
      }
    } finally {
      if (status != 200) {
        response.close();
      }
    }
  }

  private static String lastSegment(URI location) {
    String path = location.getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static KithException unavailable(RuntimeException e) {
    LOG.warning("GAL-012 identity provider unavailable: " + e.getMessage());
    return new KithException(
        CommonErrors.SERVICE_UNAVAILABLE, "The identity provider is not reachable", e);
  }

  private static Client client() {
    return ClientBuilder.newBuilder()
        .connectTimeout(5, TimeUnit.SECONDS)
        .readTimeout(15, TimeUnit.SECONDS)
        .build();
  }
}
