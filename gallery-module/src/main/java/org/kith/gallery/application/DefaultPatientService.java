package org.kith.gallery.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kith.api.audit.AuditAction;
import org.kith.api.problem.NotFoundException;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.Device;
import org.kith.gallery.domain.DeviceIdentities;
import org.kith.gallery.domain.DeviceRepository;
import org.kith.gallery.domain.Patient;
import org.kith.gallery.domain.PatientRepository;

@Stateless
public class DefaultPatientService implements PatientService {
  @Inject PatientRepository patients;
  @Inject GalleryAudit audit;
  @Inject DeviceRepository devices;
  @Inject DeviceIdentities identities;
  @Inject PatientErasure erasure;

  @Override
  public Patient register(ClinicId clinic, String pseudonym, String registeredBy) {
    Patient patient =
        new Patient(clinic, pseudonym.strip(), registeredBy, Instant.now(Clock.systemUTC()));
    patients.add(patient);
    audit.change(clinic, AuditAction.PATIENT_CREATED, patient.id(), "PATIENT", patient.id());
    return patient;
  }

  @Override
  public Patient get(ClinicId clinic, long id) {
    return patients.find(clinic, id).orElseThrow(() -> new NotFoundException("patient", id));
  }

  @Override
  public List<Patient> list(ClinicId clinic, int offset, int limit) {
    return patients.list(clinic, offset, limit);
  }

  /**
   * Outside a transaction, because the identity provider cannot take part in one: every active
   * device's client is disabled first, so a provider that is down stops the removal before any row
   * changes. A failure after some clients were disabled leaves those devices unable to get a token
   * and the patient otherwise whole; repeating the call finishes the removal (disabling is
   * idempotent). Only then does {@link PatientErasure} remove the records in one transaction.
   */
  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void remove(ClinicId clinic, long id) {
    get(clinic, id);
    Set<String> disabled = new HashSet<>();
    for (Device device : devices.list(clinic, id)) {
      if (device.isActive()) {
        identities.disable(device.clientId());
        disabled.add(device.clientId());
      }
    }
    erasure.erase(clinic, id, disabled);
  }
}
