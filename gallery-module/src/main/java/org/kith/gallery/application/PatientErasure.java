package org.kith.gallery.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.kith.api.audit.AuditAction;
import org.kith.api.problem.NotFoundException;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.Device;
import org.kith.gallery.domain.DeviceIdentities;
import org.kith.gallery.domain.DeviceRepository;
import org.kith.gallery.domain.KnownPerson;
import org.kith.gallery.domain.KnownPersonRepository;
import org.kith.gallery.domain.Patient;
import org.kith.gallery.domain.PatientRepository;

/**
 * The database half of removing a patient, in one transaction: each known person is removed as
 * {@link KnownPersons#remove} removes one, the device records go, then the patient. The devices'
 * clients were disabled before this transaction began (see {@link DefaultPatientService#remove});
 * one registered since then is disabled here, so a failure rolls everything back.
 */
@Stateless
public class PatientErasure {
  private static final Logger LOG = Logger.getLogger(PatientErasure.class.getName());
  private static final int PAGE = 200;

  @Inject PatientRepository patients;
  @Inject KnownPersonRepository personRecords;
  @Inject KnownPersons persons;
  @Inject DeviceRepository devices;
  @Inject DeviceIdentities identities;
  @Inject GalleryAudit audit;
  @Inject Actors actors;
  @Inject Event<PatientErased> erased;

  /**
   * @param disabledClients the device clients already disabled for this removal
   */
  public void erase(ClinicId clinic, long patientId, Set<String> disabledClients) {
    Patient patient =
        patients
            .find(clinic, patientId)
            .orElseThrow(() -> new NotFoundException("patient", patientId));
    patients.lockGallery(patientId);
    Actor actor = actors.current();
    List<Long> personIds = new ArrayList<>();
    for (int offset = 0; ; offset += PAGE) {
      List<KnownPerson> page = personRecords.list(clinic, patientId, offset, PAGE);
      page.forEach(p -> personIds.add(p.id()));
      if (page.size() < PAGE) {
        break;
      }
    }
    int templates = 0;
    int consents = 0;
    for (long personId : personIds) {
      KnownPersons.Removal removal = persons.remove(clinic, patientId, personId);
      templates += removal.templates();
      consents += removal.consentRecords();
    }
    for (Device device : devices.list(clinic, patientId)) {
      if (device.isActive() && !disabledClients.contains(device.clientId())) {
        identities.disable(device.clientId());
      }
    }
    int deviceCount = devices.removeAllOf(clinic, patientId);
    patients.remove(patient);
    audit.change(
        clinic,
        actor,
        AuditAction.PATIENT_ERASED,
        patientId,
        "PATIENT",
        patientId,
        "patient removed with "
            + personIds.size()
            + " known person(s), "
            + templates
            + " template(s), "
            + consents
            + " consent record(s) and "
            + deviceCount
            + " device(s)");
    erased.fire(new PatientErased(patientId));
    int removedPersons = personIds.size();
    LOG.info(() -> "GAL-140 patient removed with " + removedPersons + " known person(s)");
  }
}
