package org.kith.gallery.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.kith.api.audit.AuditAction;
import org.kith.api.problem.NotFoundException;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.Patient;
import org.kith.gallery.domain.PatientRepository;

@Stateless
public class DefaultPatientService implements PatientService {
  @Inject PatientRepository patients;
  @Inject GalleryAudit audit;

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
}
