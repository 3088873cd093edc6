package org.kith.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kith.api.security.Roles;
import org.kith.web.client.ApiProblem;
import org.kith.web.client.Audit;
import org.kith.web.client.AuditApi;
import org.kith.web.client.Gallery;
import org.kith.web.client.GalleryApi;
import org.kith.web.client.ServiceUnavailable;
import org.kith.web.session.CurrentUser;

/**
 * The clinic at a glance: its patients with their devices, consents that lapse soon and, for
 * reviewers, the latest identifications.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How far ahead a lapsing consent is shown. */
  static final Duration EXPIRY_WINDOW = Duration.ofDays(30);

  /** The dashboard summarises this many patients; the list pages show the rest. */
  static final int SUMMARISED = 25;

  @Inject GalleryApi gallery;
  @Inject AuditApi audit;
  @Inject CurrentUser user;

  private List<PatientRow> patients = List.of();
  private List<ExpiringConsent> expiring = List.of();
  private List<Audit.Event> identifications = List.of();
  private List<Gallery.ReEnrolmentPerson> reEnrolment = List.of();
  private String pseudonym;
  private boolean thumbnails;
  private boolean settingsAvailable;

  /** A patient with what the clinician looks at first. */
  public record PatientRow(
      long id,
      String pseudonym,
      int persons,
      int onlineDevices,
      int activeDevices,
      int devices,
      Instant createdAt) {}

  /** A consent that lapses within {@link #EXPIRY_WINDOW}. */
  public record ExpiringConsent(
      long patientId, String patient, long personId, String person, Instant expiresAt) {}

  public void load() {
    if (user.hasRole(Roles.CLINICIAN) || user.hasRole(Roles.CLINIC_ADMIN)) {
      loadClinic();
    }
    if (user.hasRole(Roles.CLINIC_ADMIN)) {
      loadSettings();
    }
    if (user.hasRole(Roles.ETHICS_REVIEWER)) {
      try {
        identifications = audit.events(Map.of("action", "IDENTIFICATION"), 0, 10);
      } catch (ApiProblem e) {
        Messages.error("Recent identifications: " + e.message());
      }
    }
  }

  private void loadClinic() {
    try {
      List<PatientRow> rows = new ArrayList<>();
      List<ExpiringConsent> lapsing = new ArrayList<>();
      Instant now = Instant.now();
      for (Gallery.Patient p : gallery.patients(0, SUMMARISED)) {
        List<Gallery.Person> persons = gallery.persons(p.id());
        List<Gallery.Device> devices = gallery.devices(p.id());
        rows.add(
            new PatientRow(
                p.id(),
                p.pseudonym(),
                persons.size(),
                (int) devices.stream().filter(Gallery.Device::online).count(),
                (int) devices.stream().filter(Gallery.Device::active).count(),
                devices.size(),
                p.createdAt()));
        for (Gallery.Person person : persons) {
          if ("ACTIVE".equals(person.consentStatus())) {
            for (Gallery.Consent c : gallery.consents(p.id(), person.id())) {
              if ("ACTIVE".equals(c.status())
                  && c.expiresAt() != null
                  && c.expiresAt().isBefore(now.plus(EXPIRY_WINDOW))) {
                lapsing.add(
                    new ExpiringConsent(
                        p.id(), p.pseudonym(), person.id(), person.displayName(), c.expiresAt()));
              }
            }
          }
        }
      }
      patients = rows;
      expiring = lapsing;
    } catch (ApiProblem e) {
      Messages.error(e.message());
    }
    try {
      reEnrolment = gallery.reEnrolment().persons();
    } catch (ApiProblem e) {
      // While the recognition service is unreachable the running model is not known (503): say
      // nothing.
      reEnrolment = List.of();
    }
  }

  private void loadSettings() {
    try {
      thumbnails = gallery.settings().thumbnails;
      settingsAvailable = true;
    } catch (ServiceUnavailable e) {
      Messages.error(e.message());
    } catch (ApiProblem e) {
      // A gallery without clinic settings yet answers 404 or 405: the page offers none.
      settingsAvailable = false;
    }
  }

  /** Saves the clinic's settings; turning thumbnails off erases them (the gallery does). */
  public void saveSettings() {
    try {
      boolean before = gallery.settings().thumbnails;
      thumbnails = gallery.saveSettings(new Gallery.ClinicSettings(thumbnails)).thumbnails;
      if (thumbnails == before) {
        Messages.info("Settings saved; nothing changed.");
      } else if (thumbnails) {
        Messages.info(
            "Photo thumbnails are on. Cards show one after the person's next accepted photo.");
      } else {
        Messages.info("Photo thumbnails are off. Every stored thumbnail of the clinic was erased.");
      }
    } catch (ApiProblem e) {
      Messages.show(e, "settings", Set.of("thumbnails"));
    }
  }

  public boolean isThumbnails() {
    return thumbnails;
  }

  public void setThumbnails(boolean thumbnails) {
    this.thumbnails = thumbnails;
  }

  public boolean isSettingsAvailable() {
    return settingsAvailable;
  }

  /** Registers a patient and opens their page. */
  public String register() {
    try {
      Gallery.Patient created = gallery.registerPatient(pseudonym);
      return "/patient.xhtml?faces-redirect=true&id=" + created.id();
    } catch (ApiProblem e) {
      Messages.show(e, "newPatient", Set.of("pseudonym"));
      return null;
    }
  }

  public List<PatientRow> getPatients() {
    return patients;
  }

  public List<ExpiringConsent> getExpiring() {
    return expiring;
  }

  /** The clinic's persons whose photos were all enrolled with an earlier face model. */
  public List<Gallery.ReEnrolmentPerson> getReEnrolment() {
    return reEnrolment;
  }

  public List<Audit.Event> getIdentifications() {
    return identifications;
  }

  public String getPseudonym() {
    return pseudonym;
  }

  public void setPseudonym(String pseudonym) {
    this.pseudonym = pseudonym;
  }
}
