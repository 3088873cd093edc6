package org.kith.gallery.application;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kith.api.audit.AuditEntry;
import org.kith.api.audit.AuditLog;
import org.kith.api.audit.AuditReceipt;
import org.kith.api.problem.KithException;
import org.kith.api.tenancy.ClinicId;
import org.kith.gallery.domain.Consent;
import org.kith.gallery.domain.ConsentRepository;
import org.kith.gallery.domain.Device;
import org.kith.gallery.domain.DeviceRepository;
import org.kith.gallery.domain.FaceTemplate;
import org.kith.gallery.domain.FaceTemplateRepository;
import org.kith.gallery.domain.KnownPerson;
import org.kith.gallery.domain.KnownPersonRepository;
import org.kith.gallery.domain.Patient;
import org.kith.gallery.domain.PatientRepository;

/** In-memory repositories and audit log, for unit tests of the application services. */
final class InMemoryGallery {
  final List<Patient> patients = new ArrayList<>();
  final List<KnownPerson> persons = new ArrayList<>();
  final List<Consent> consents = new ArrayList<>();
  final List<FaceTemplate> templates = new ArrayList<>();
  final List<Device> devices = new ArrayList<>();
  final List<AuditEntry> audit = new ArrayList<>();
  final Map<Long, Long> versions = new HashMap<>();
  boolean auditDown;
  private long nextId = 1;
  final Patients patientRepository = new Patients();
  final Persons personRepository = new Persons();
  final Consents consentRepository = new Consents();
  final Templates templateRepository = new Templates();
  final Devices deviceRepository = new Devices();
  final List<org.kith.gallery.domain.PersonThumbnail> thumbnails = new ArrayList<>();
  final ThumbnailStore thumbnailRepository = new ThumbnailStore();
  final Audit auditLog = new Audit();

  /** The patients whose gallery lock was taken, in order. */
  final List<Long> galleryLocks = new ArrayList<>();

  /** Stores a recorded verbal consent of the person, given at {@code at}. */
  void giveVerbalConsent(KnownPerson person, Instant at) {
    consentRepository.add(
        new Consent(
            person,
            new org.kith.gallery.domain.ConsentTerms(
                org.kith.gallery.domain.ConsentGiver.PERSON,
                null,
                org.kith.gallery.domain.ConsentMethod.RECORDED_VERBAL,
                "w",
                null,
                at,
                null),
            "c",
            at));
  }

  /** Stores a frontal, good-quality template of the person with this embedding. */
  void addTemplate(
      KnownPerson person, org.kith.api.recognition.FaceEmbedding embedding, Instant at) {
    templateRepository.add(
        new FaceTemplate(
            person,
            embedding,
            new org.kith.api.recognition.FaceQuality(0.8, 0.5, 0.2, 0.3, 60, 0, 0.9, 0.9),
            new org.kith.api.recognition.HeadPose(0, 0, 0),
            "sha",
            "c",
            at));
  }

  static void setId(Object entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private long id(Object entity) {
    long id = nextId++;
    setId(entity, id);
    return id;
  }

  final class Patients implements PatientRepository {
    @Override
    public Optional<Patient> find(ClinicId clinic, long id) {
      return patients.stream().filter(p -> p.id() == id && p.clinic().equals(clinic)).findFirst();
    }

    @Override
    public List<Patient> list(ClinicId clinic, int offset, int limit) {
      return patients.stream().filter(p -> p.clinic().equals(clinic)).toList();
    }

    @Override
    public void add(Patient patient) {
      id(patient);
      patients.add(patient);
    }

    @Override
    public void remove(Patient patient) {
      patients.remove(patient);
    }

    @Override
    public long galleryVersion(long patientId) {
      return versions.getOrDefault(patientId, 0L);
    }

    @Override
    public long advanceGalleryVersion(long patientId) {
      return versions.merge(patientId, 1L, Long::sum);
    }

    @Override
    public void lockGallery(long patientId) {
      galleryLocks.add(patientId);
    }
  }

  final class Persons implements KnownPersonRepository {
    @Override
    public Optional<KnownPerson> find(ClinicId clinic, long patientId, long personId) {
      return persons.stream()
          .filter(
              p -> p.id() == personId && p.patientId() == patientId && p.clinic().equals(clinic))
          .findFirst();
    }

    @Override
    public List<KnownPerson> list(ClinicId clinic, long patientId, int offset, int limit) {
      return persons.stream().filter(p -> p.patientId() == patientId).toList();
    }

    @Override
    public void add(KnownPerson person) {
      id(person);
      persons.add(person);
    }

    @Override
    public void remove(KnownPerson person) {
      persons.remove(person);
    }
  }

  final class Consents implements ConsentRepository {
    @Override
    public Optional<Consent> find(ClinicId clinic, long personId, long consentId) {
      return consents.stream().filter(c -> c.id() == consentId).findFirst();
    }

    @Override
    public List<Consent> history(ClinicId clinic, long personId) {
      return consents.stream().filter(c -> c.personId() == personId).toList();
    }

    @Override
    public void add(Consent consent) {
      id(consent);
      consents.add(consent);
    }

    @Override
    public int removeAllOf(ClinicId clinic, long personId) {
      int before = consents.size();
      consents.removeIf(c -> c.personId() == personId);
      return before - consents.size();
    }

    @Override
    public Optional<Consent> lockActive(ClinicId clinic, long personId, Instant now) {
      return consents.stream()
          .filter(c -> c.personId() == personId)
          .filter(c -> c.statusAt(now) == org.kith.gallery.domain.ConsentStatus.ACTIVE)
          .findFirst();
    }

    @Override
    public Map<Long, Optional<Instant>> activeOfPatient(long patientId, Instant now) {
      Map<Long, Optional<Instant>> active = new HashMap<>();
      for (Consent c : consents) {
        boolean ofPatient =
            persons.stream().anyMatch(p -> p.id() == c.personId() && p.patientId() == patientId);
        if (ofPatient && c.statusAt(now) == org.kith.gallery.domain.ConsentStatus.ACTIVE) {
          active.put(c.personId(), Optional.ofNullable(c.terms().expiresAt()));
        }
      }
      return active;
    }

    @Override
    public List<Consent> expiredWithTemplates(Instant now) {
      return List.of();
    }
  }

  final class Templates implements FaceTemplateRepository {
    @Override
    public void add(FaceTemplate template) {
      id(template);
      templates.add(template);
    }

    @Override
    public Optional<FaceTemplate> find(ClinicId clinic, long personId, long templateId) {
      return templates.stream()
          .filter(t -> t.id() == templateId && t.personId() == personId)
          .findFirst();
    }

    @Override
    public List<FaceTemplate> ofPerson(ClinicId clinic, long personId) {
      return templates.stream().filter(t -> t.personId() == personId).toList();
    }

    @Override
    public List<FaceTemplate> ofPatient(long patientId) {
      return templates.stream().filter(t -> t.patientId() == patientId).toList();
    }

    @Override
    public org.kith.gallery.domain.ModelCoverage coverage(ClinicId clinic, long personId) {
      Map<String, Long> counts = new HashMap<>();
      ofPerson(clinic, personId).forEach(t -> counts.merge(t.model().key(), 1L, Long::sum));
      return new org.kith.gallery.domain.ModelCoverage(counts);
    }

    @Override
    public List<PersonModelCount> modelCountsOfClinic(ClinicId clinic) {
      Map<List<Object>, Long> counts = new java.util.LinkedHashMap<>();
      templates.stream()
          .filter(t -> t.clinic().equals(clinic))
          .forEach(
              t ->
                  counts.merge(
                      List.of(t.patientId(), t.personId(), t.model().key()), 1L, Long::sum));
      return counts.entrySet().stream()
          .map(
              e ->
                  new PersonModelCount(
                      (Long) e.getKey().get(0),
                      (Long) e.getKey().get(1),
                      (String) e.getKey().get(2),
                      e.getValue()))
          .toList();
    }

    @Override
    public TemplateSummary summary(ClinicId clinic, long personId) {
      List<FaceTemplate> of = ofPerson(clinic, personId);
      return new TemplateSummary(
          of.size(), of.stream().mapToDouble(t -> t.quality().score()).average().orElse(0));
    }

    @Override
    public void remove(FaceTemplate template) {
      templates.remove(template);
    }

    @Override
    public int removeAllOf(ClinicId clinic, long personId) {
      int before = templates.size();
      templates.removeIf(t -> t.personId() == personId);
      return before - templates.size();
    }
  }

  final class Devices implements DeviceRepository {
    @Override
    public Optional<Device> find(ClinicId clinic, long patientId, long deviceId) {
      return devices.stream()
          .filter(d -> d.id() == deviceId && d.patientId() == patientId)
          .findFirst();
    }

    @Override
    public Optional<Device> findByClient(ClinicId clinic, String clientId) {
      return devices.stream()
          .filter(d -> d.clientId().equals(clientId) && d.clinic().equals(clinic))
          .findFirst();
    }

    @Override
    public List<Device> list(ClinicId clinic, long patientId) {
      return devices.stream().filter(d -> d.patientId() == patientId).toList();
    }

    @Override
    public void add(Device device) {
      id(device);
      devices.add(device);
    }

    @Override
    public int removeAllOf(ClinicId clinic, long patientId) {
      int before = devices.size();
      devices.removeIf(d -> d.patientId() == patientId && d.clinic().equals(clinic));
      return before - devices.size();
    }

    @Override
    public boolean markSeen(long deviceId, java.time.Instant at, java.time.Instant notBefore) {
      for (Device d : devices) {
        if (d.id() == deviceId
            && (d.lastSeenAt().isEmpty() || d.lastSeenAt().get().isBefore(notBefore))) {
          try {
            Field field = Device.class.getDeclaredField("lastSeenAt");
            field.setAccessible(true);
            field.set(d, at);
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
          }
          return true;
        }
      }
      return false;
    }
  }

  final class ThumbnailStore implements org.kith.gallery.domain.PersonThumbnailRepository {
    @Override
    public Optional<org.kith.gallery.domain.PersonThumbnail> find(ClinicId clinic, long personId) {
      return thumbnails.stream().filter(t -> t.personId() == personId).findFirst();
    }

    @Override
    public java.util.Set<Long> withThumbnail(
        ClinicId clinic, java.util.Collection<Long> personIds) {
      return thumbnails.stream()
          .map(org.kith.gallery.domain.PersonThumbnail::personId)
          .filter(personIds::contains)
          .collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public void add(org.kith.gallery.domain.PersonThumbnail thumbnail) {
      thumbnails.add(thumbnail);
    }

    @Override
    public boolean removeOf(ClinicId clinic, long personId) {
      return thumbnails.removeIf(t -> t.personId() == personId);
    }

    @Override
    public int removeAllOf(ClinicId clinic) {
      int count = thumbnails.size();
      thumbnails.clear();
      return count;
    }
  }

  final class Audit implements AuditLog {
    @Override
    public AuditReceipt append(AuditEntry entry) {
      if (auditDown) {
        throw new KithException(GalleryErrors.AUDIT_UNAVAILABLE, "down");
      }
      audit.add(entry);
      return new AuditReceipt(1000 + audit.size(), audit.size(), "h");
    }
  }
}
