package org.kith.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.kith.web.client.ApiProblem;
import org.kith.web.client.Gallery;
import org.kith.web.client.GalleryApi;
import org.kith.web.client.MultipartBody;

/**
 * One patient: the people they know as cards, adding and re-describing them, the patient's devices
 * (registration shows the credentials once) and "Try it".
 */
@Named
@ViewScoped
public class PatientPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Set<String> PERSON_FIELDS =
      Set.of("displayName", "relationship", "memoryCue", "pronunciationHint");

  @Inject GalleryApi gallery;

  private long id;
  private Gallery.Patient patient;
  private List<Gallery.Person> persons = List.of();
  private List<Gallery.Device> devices = List.of();
  private PersonForm personForm = new PersonForm();
  private Long editing;
  private String deviceLabel;
  private String pairingCode;
  private String pairingLabel;
  private Gallery.DeviceRegistration registration;
  private transient Part trialPhoto;
  private Gallery.Identification trial;
  private Gallery.AnnouncementPolicy announcements = new Gallery.AnnouncementPolicy();

  /** The person form's values. */
  public static class PersonForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private String displayName;
    private String relationship;
    private String memoryCue;
    private String pronunciationHint;
    private Long version;

    public String getDisplayName() {
      return displayName;
    }

    public void setDisplayName(String displayName) {
      this.displayName = displayName;
    }

    public String getRelationship() {
      return relationship;
    }

    public void setRelationship(String relationship) {
      this.relationship = relationship;
    }

    public String getMemoryCue() {
      return memoryCue;
    }

    public void setMemoryCue(String memoryCue) {
      this.memoryCue = memoryCue;
    }

    public String getPronunciationHint() {
      return pronunciationHint;
    }

    public void setPronunciationHint(String pronunciationHint) {
      this.pronunciationHint = pronunciationHint;
    }

    Gallery.PersonBody body() {
      Gallery.PersonBody body = new Gallery.PersonBody();
      body.displayName = displayName;
      body.relationship = relationship;
      body.memoryCue = memoryCue;
      body.pronunciationHint = pronunciationHint;
      body.version = version;
      return body;
    }
  }

  /** Opens the page: an unknown id, or another clinic's, is answered with "not found". */
  public void load() {
    if (id == PageIds.NONE) {
      NotFound.send();
      return;
    }
    try {
      patient = gallery.patient(id);
      refresh();
    } catch (ApiProblem e) {
      if (e.isNotFound() || e.status() == 400) {
        NotFound.send();
      } else {
        Messages.error(e.message());
      }
    }
  }

  private void refresh() {
    persons = gallery.persons(id);
    devices = gallery.devices(id);
    announcements = gallery.announcementPolicy(id);
  }

  public Gallery.AnnouncementPolicy getAnnouncements() {
    return announcements;
  }

  /** The choices of how much a device says, in the patient's words. */
  public List<String> getVerbosities() {
    return List.of("NAME", "NAME_AND_RELATIONSHIP", "NAME_RELATIONSHIP_AND_CUE");
  }

  public String verbosityLabel(String verbosity) {
    return switch (verbosity) {
      case "NAME" -> "The name only (\u201cAnna\u201d)";
      case "NAME_RELATIONSHIP_AND_CUE" ->
          "Name, relationship and memory cue (\u201cAnna, your daughter. Visits on Sundays\u201d)";
      default -> "Name and relationship (\u201cAnna, your daughter\u201d)";
    };
  }

  public void saveAnnouncements() {
    try {
      announcements = gallery.saveAnnouncementPolicy(id, announcements);
      Messages.info("The device's announcements were saved.");
    } catch (ApiProblem e) {
      Messages.error(e.message());
    }
  }

  public void savePerson() {
    try {
      if (editing == null) {
        Gallery.Person added = gallery.addPerson(id, personForm.body());
        Messages.info(added.displayName() + " was added. Record their consent before photos.");
      } else {
        Gallery.Person changed = gallery.describePerson(id, editing, personForm.body());
        Messages.info(changed.displayName() + " was updated.");
      }
      personForm = new PersonForm();
      editing = null;
      refresh();
    } catch (ApiProblem e) {
      Messages.show(e, "personForm", PERSON_FIELDS);
    }
  }

  public void edit(Gallery.Person person) {
    editing = person.id();
    personForm = new PersonForm();
    personForm.displayName = person.displayName();
    personForm.relationship = person.relationship();
    personForm.memoryCue = person.memoryCue();
    personForm.pronunciationHint = person.pronunciationHint();
    personForm.version = person.version();
  }

  public void cancelEdit() {
    editing = null;
    personForm = new PersonForm();
  }

  public void registerDevice() {
    try {
      registration = gallery.registerDevice(id, deviceLabel);
      deviceLabel = null;
      refresh();
    } catch (ApiProblem e) {
      Messages.show(e, "deviceForm", Set.of("label"));
    }
  }

  /** Pairs the Companion whose code the clinician typed; the phone collects its credential. */
  public void pairCompanion() {
    try {
      Gallery.Device paired = gallery.pairCompanion(id, pairingCode, pairingLabel);
      pairingCode = null;
      pairingLabel = null;
      Messages.info(
          "The Companion \""
              + paired.label()
              + "\" is paired. Within a few seconds the phone says it is ready.");
      refresh();
    } catch (ApiProblem e) {
      Messages.show(e, "pairForm", Set.of("userCode", "label"));
    }
  }

  public String getPairingCode() {
    return pairingCode;
  }

  public void setPairingCode(String pairingCode) {
    this.pairingCode = pairingCode;
  }

  public String getPairingLabel() {
    return pairingLabel;
  }

  public void setPairingLabel(String pairingLabel) {
    this.pairingLabel = pairingLabel;
  }

  /** Forgets the shown credentials; they cannot be shown again. */
  public void closeRegistration() {
    registration = null;
  }

  public void revoke(Gallery.Device device) {
    try {
      gallery.revokeDevice(id, device.id());
      Messages.info("The device \"" + device.label() + "\" was revoked; it can no longer log in.");
      refresh();
    } catch (ApiProblem e) {
      Messages.error(e.message());
    }
  }

  /** Removes the patient from Kith and returns to the clinic's dashboard. */
  public String removePatient() {
    try {
      String pseudonym = patient.pseudonym();
      gallery.removePatient(id);
      Messages.infoAfterRedirect(
          "Patient "
              + pseudonym
              + " was removed: their known persons with face templates, thumbnails, consent"
              + " records and evidence are erased, and their devices no longer work.");
      return "/index.xhtml?faces-redirect=true";
    } catch (ApiProblem e) {
      Messages.error(e.message());
      return null;
    }
  }

  /** "Try it": what a device of this patient would hear for the uploaded photo. */
  public void tryIt() {
    trial = null;
    if (trialPhoto == null || trialPhoto.getSize() == 0) {
      Messages.show(
          new ApiProblem(
              400,
              "VALIDATION_FAILED",
              "Choose a photo",
              List.of(new ApiProblem.FieldMessage("photo", "Choose a photo to try"))),
          "tryForm",
          Set.of("photo"));
      return;
    }
    try (InputStream in = trialPhoto.getInputStream()) {
      MultipartBody body =
          new MultipartBody()
              .file(
                  "image",
                  trialPhoto.getSubmittedFileName(),
                  trialPhoto.getContentType(),
                  in.readAllBytes());
      trial = gallery.tryIt(id, body);
    } catch (ApiProblem e) {
      Messages.show(e, "tryForm", Set.of());
    } catch (IOException e) {
      Messages.error("The photo could not be read. Please choose it again.");
    }
  }

  /** What the device says for one face of the trial, in plain words. */
  public String spoken(Gallery.Face face) {
    return Spoken.sentence(face);
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  /** The address's {@code id}, as typed. */
  public String getIdParam() {
    return PageIds.text(id);
  }

  public void setIdParam(String text) {
    this.id = PageIds.parse(text);
  }

  public Gallery.Patient getPatient() {
    return patient;
  }

  public List<Gallery.Person> getPersons() {
    return persons;
  }

  /** "Online", "Last seen 3 minutes ago" or "Never seen". */
  public String seen(Gallery.Device device) {
    return LastSeen.describe(device.online(), device.lastSeenAt(), java.time.Instant.now());
  }

  public List<Gallery.Device> getDevices() {
    return devices;
  }

  public PersonForm getPersonForm() {
    return personForm;
  }

  public boolean isEditing() {
    return editing != null;
  }

  public String getDeviceLabel() {
    return deviceLabel;
  }

  public void setDeviceLabel(String deviceLabel) {
    this.deviceLabel = deviceLabel;
  }

  public Gallery.DeviceRegistration getRegistration() {
    return registration;
  }

  public Part getTrialPhoto() {
    return trialPhoto;
  }

  public void setTrialPhoto(Part trialPhoto) {
    this.trialPhoto = trialPhoto;
  }

  public Gallery.Identification getTrial() {
    return trial;
  }
}
