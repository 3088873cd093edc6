package org.kith.web.client;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import org.kith.web.client.Gallery.Consent;
import org.kith.web.client.Gallery.ConsentBody;
import org.kith.web.client.Gallery.Device;
import org.kith.web.client.Gallery.DeviceRegistration;
import org.kith.web.client.Gallery.EnrolmentResults;
import org.kith.web.client.Gallery.Identification;
import org.kith.web.client.Gallery.Patient;
import org.kith.web.client.Gallery.Person;
import org.kith.web.client.Gallery.PersonBody;
import org.kith.web.client.Gallery.Template;

/** The gallery's clinician API: every call is scoped by the gallery to the user's clinic. */
@RequestScoped
public class GalleryApi {
  @Inject RestClient rest;
  @Inject Endpoints endpoints;

  public List<Patient> patients(int offset, int limit) {
    return rest.get(
        endpoints.gallery("/v1/patients?offset=" + offset + "&limit=" + limit),
        listOf(Patient.class));
  }

  public Patient patient(long id) {
    return rest.get(endpoints.gallery("/v1/patients/" + id), Patient.class);
  }

  public Patient registerPatient(String pseudonym) {
    return rest.post(
        endpoints.gallery("/v1/patients"), new Gallery.NewPatient(pseudonym), Patient.class);
  }

  /** Removes the patient with everything kept about them; their devices stop working. */
  public void removePatient(long id) {
    rest.delete(endpoints.gallery("/v1/patients/" + id));
  }

  /** Who in the clinic needs new photos since the face model changed. */
  public Gallery.ReEnrolment reEnrolment() {
    return rest.get(endpoints.gallery("/v1/re-enrolment"), Gallery.ReEnrolment.class);
  }

  public List<Person> persons(long patientId) {
    return rest.get(
        endpoints.gallery(personsPath(patientId) + "?offset=0&limit=200"), listOf(Person.class));
  }

  public Person person(long patientId, long personId) {
    return rest.get(endpoints.gallery(personsPath(patientId) + "/" + personId), Person.class);
  }

  public Person addPerson(long patientId, PersonBody body) {
    return rest.post(endpoints.gallery(personsPath(patientId)), body, Person.class);
  }

  public Person describePerson(long patientId, long personId, PersonBody body) {
    return rest.put(endpoints.gallery(personsPath(patientId) + "/" + personId), body, Person.class);
  }

  /** Removes the person with their templates, thumbnail, consent records and evidence. */
  public void removePerson(long patientId, long personId) {
    rest.delete(endpoints.gallery(personsPath(patientId) + "/" + personId));
  }

  public List<Consent> consents(long patientId, long personId) {
    return rest.get(endpoints.gallery(consentsPath(patientId, personId)), listOf(Consent.class));
  }

  public Consent recordConsent(long patientId, long personId, ConsentBody body) {
    return rest.post(endpoints.gallery(consentsPath(patientId, personId)), body, Consent.class);
  }

  public Consent withdrawConsent(long patientId, long personId, long consentId) {
    return rest.post(
        endpoints.gallery(consentsPath(patientId, personId) + "/" + consentId + "/withdrawal"),
        null,
        Consent.class);
  }

  /** Attaches (or replaces) the scan or photo of a consent's signed form. */
  public Consent uploadEvidence(
      long patientId, long personId, long consentId, String contentType, byte[] bytes) {
    return rest.putBytes(
        endpoints.gallery(consentsPath(patientId, personId) + "/" + consentId + "/evidence"),
        contentType,
        bytes,
        Consent.class);
  }

  public RestClient.Fetched evidence(long patientId, long personId, long consentId) {
    return rest.fetch(
        endpoints.gallery(consentsPath(patientId, personId) + "/" + consentId + "/evidence"));
  }

  public RestClient.Fetched thumbnail(long patientId, long personId) {
    return rest.fetch(endpoints.gallery(personsPath(patientId) + "/" + personId + "/thumbnail"));
  }

  public Gallery.AnnouncementPolicy announcementPolicy(long patientId) {
    return rest.get(
        endpoints.gallery("/v1/patients/" + patientId + "/announcement-policy"),
        Gallery.AnnouncementPolicy.class);
  }

  public Gallery.AnnouncementPolicy saveAnnouncementPolicy(
      long patientId, Gallery.AnnouncementPolicy policy) {
    return rest.put(
        endpoints.gallery("/v1/patients/" + patientId + "/announcement-policy"),
        policy,
        Gallery.AnnouncementPolicy.class);
  }

  public Gallery.ClinicSettings settings() {
    return rest.get(endpoints.gallery("/v1/clinic/settings"), Gallery.ClinicSettings.class);
  }

  public Gallery.ClinicSettings saveSettings(Gallery.ClinicSettings settings) {
    return rest.put(
        endpoints.gallery("/v1/clinic/settings"), settings, Gallery.ClinicSettings.class);
  }

  public List<Template> templates(long patientId, long personId) {
    return rest.get(
        endpoints.gallery(personsPath(patientId) + "/" + personId + "/templates"),
        listOf(Template.class));
  }

  public EnrolmentResults enrol(long patientId, long personId, MultipartBody photos) {
    return rest.postMultipart(
        endpoints.gallery(personsPath(patientId) + "/" + personId + "/templates"),
        photos,
        EnrolmentResults.class);
  }

  public void removeTemplate(long patientId, long personId, long templateId) {
    rest.delete(
        endpoints.gallery(personsPath(patientId) + "/" + personId + "/templates/" + templateId));
  }

  /** Removes the person's templates of earlier face models, keeping the running model's. */
  public void removeStaleTemplates(long patientId, long personId) {
    rest.delete(
        endpoints.gallery(personsPath(patientId) + "/" + personId + "/templates?stale=true"));
  }

  public Identification tryIt(long patientId, MultipartBody photo) {
    return rest.postMultipart(
        endpoints.gallery("/v1/patients/" + patientId + "/identification-trials"),
        photo,
        Identification.class);
  }

  public void feedback(Gallery.Feedback feedback) {
    rest.post(endpoints.gallery("/v1/feedback"), feedback, Void.class);
  }

  public List<Device> devices(long patientId) {
    return rest.get(endpoints.gallery(devicesPath(patientId)), listOf(Device.class));
  }

  public DeviceRegistration registerDevice(long patientId, String label) {
    return rest.post(
        endpoints.gallery(devicesPath(patientId)),
        new Gallery.NewDevice(label),
        DeviceRegistration.class);
  }

  /**
   * Pairs the Companion showing {@code userCode} with the patient; it becomes one of its devices.
   */
  public Device pairCompanion(long patientId, String userCode, String label) {
    return rest.post(
        endpoints.gallery("/v1/patients/" + patientId + "/pairings"),
        new Gallery.PairingConfirmation(userCode, label),
        Device.class);
  }

  public Device revokeDevice(long patientId, long deviceId) {
    return rest.post(
        endpoints.gallery(devicesPath(patientId) + "/" + deviceId + "/revocation"),
        null,
        Device.class);
  }

  private static String personsPath(long patientId) {
    return "/v1/patients/" + patientId + "/persons";
  }

  private static String consentsPath(long patientId, long personId) {
    return personsPath(patientId) + "/" + personId + "/consents";
  }

  private static String devicesPath(long patientId) {
    return "/v1/patients/" + patientId + "/devices";
  }

  static Type listOf(Class<?> element) {
    return new ParameterizedType() {
      @Override
      public Type[] getActualTypeArguments() {
        return new Type[] {element};
      }

      @Override
      public Type getRawType() {
        return List.class;
      }

      @Override
      public Type getOwnerType() {
        return null;
      }
    };
  }
}
