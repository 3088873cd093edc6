package org.kith.gallery.application.encounter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kith.api.audit.AppliedThresholds;
import org.kith.api.audit.AuditAction;
import org.kith.api.audit.AuditReceipt;
import org.kith.api.audit.AuditedFace;
import org.kith.api.audit.AuditedIdentification;
import org.kith.api.audit.FaceDecision;
import org.kith.api.problem.KithException;
import org.kith.api.recognition.AnalysisOptions;
import org.kith.api.recognition.FaceAnalysis;
import org.kith.api.recognition.FaceEmbedding;
import org.kith.api.recognition.FaceRecognition;
import org.kith.api.recognition.ImageErrors;
import org.kith.api.recognition.ImageRejectedException;
import org.kith.gallery.application.ActiveDevices;
import org.kith.gallery.application.GalleryAudit;
import org.kith.gallery.application.GalleryErrors;
import org.kith.gallery.application.GalleryIndex;
import org.kith.gallery.application.MatchSettings;
import org.kith.gallery.domain.Device;
import org.kith.gallery.domain.KnownPerson;
import org.kith.gallery.domain.KnownPersonRepository;
import org.kith.gallery.domain.PersonDetails;
import org.kith.gallery.domain.encounter.AnnouncementPolicy;
import org.kith.gallery.domain.encounter.EncounterTracker;
import org.kith.gallery.domain.encounter.Proposal;
import org.kith.gallery.domain.encounter.Track;
import org.kith.gallery.domain.encounter.TrackDecision;
import org.kith.gallery.domain.encounter.TrackEvent;
import org.kith.gallery.domain.encounter.TrackMatcher;
import org.kith.gallery.domain.encounter.TrackState;
import org.kith.gallery.domain.matching.MatchThresholds;
import org.kith.gallery.domain.matching.PatientGallery;
import org.kith.gallery.domain.matching.Ranking;
import org.kith.gallery.domain.matching.ThresholdTable;

/**
 * Encounters without a database transaction, like identify: frames only read the gallery, and the
 * audit records are the gallery's only writes (to the audit module, which commits each on its own).
 */
@ApplicationScoped
public class DefaultEncounters implements Encounters {
  private static final Logger LOG = Logger.getLogger(DefaultEncounters.class.getName());
  private static final AnalysisOptions FRAME = new AnalysisOptions(10, false, true);
  private static final AnalysisOptions FOLLOW_ONLY = new AnalysisOptions(10, false, false);

  @Inject FaceRecognition recognition;
  @Inject GalleryIndex index;
  @Inject MatchSettings match;
  @Inject GalleryAudit audit;
  @Inject ActiveDevices activeDevices;
  @Inject KnownPersonRepository persons;
  @Inject AnnouncementPolicies policies;
  @Inject EncounterRegistry registry;
  @Inject EncounterSettings settings;
  @Inject PatientSightings sightings;

  @Inject
  @ConfigProperty(name = "kith.gallery.image.max-bytes", defaultValue = "8388608")
  int maxImageBytes;

  @Override
  public OpenedEncounter open(DeviceCaller caller) {
    Device device = device(caller);
    if (registry.openFor(caller.clientId()) >= settings.maxPerDevice()
        || registry.size() >= settings.maxOpen()) {
      throw new KithException(
          GalleryErrors.ENCOUNTER_LIMIT,
          "the device has " + registry.openFor(caller.clientId()) + " open encounters");
    }
    Instant now = now();
    String id = UUID.randomUUID().toString();
    AnnouncementPolicy policy = policies.policy(caller.clinic(), caller.patientId());
    AuditReceipt receipt =
        audit.deviceRecord(
            caller.clinic(),
            caller.actor(),
            AuditAction.ENCOUNTER_OPENED,
            caller.patientId(),
            caller.clientId(),
            id,
            null,
            null);
    registry.add(
        new Encounter(
            id,
            caller.clinic(),
            caller.patientId(),
            caller.clientId(),
            device.id(),
            caller.actor(),
            now,
            settings.tracker()));
    LOG.fine(() -> "GAL-200 encounter opened by device " + device.id());
    return new OpenedEncounter(id, now, settings.idleTimeout(), policy, receipt.eventId());
  }

  @Override
  public FrameAnswer frame(
      DeviceCaller caller, String id, long sequence, Instant captured, byte[] image) {
    Encounter e = owned(caller, id);
    Instant now = now();
    e.touch(now);
    e.received();
    if (sequence < 0) {
      throw new KithException(GalleryErrors.FRAME_SEQUENCE_INVALID, "sequence " + sequence);
    }
    try {
      device(caller);
    } catch (KithException refused) {
      finish(e, "device-" + refused.errorCode().code().toLowerCase().replace('_', '-'));
      throw refused;
    }
    FrameGate.Ticket ticket = e.gate().enter(sequence);
    FrameGate.Drop drop = ticket.await(e.gate(), settings.frameWait());
    if (drop != null) {
      e.dropped();
      return new FrameAnswer(
          id, sequence, "DROPPED", drop.name(), null, null, null, Map.of(), e.drain());
    }
    try {
      if (e.isClosed()) {
        throw new KithException(GalleryErrors.ENCOUNTER_NOT_FOUND, "encounter " + id + " ended");
      }
      return analyse(e, sequence, e.clock(captured, now), image);
    } finally {
      e.gate().leave();
    }
  }

  private FrameAnswer analyse(Encounter e, long sequence, Instant at, byte[] image) {
    long started = System.nanoTime();
    EncounterTracker tracker = e.tracker();
    EncounterTracker.Plan plan = tracker.plan();
    FaceAnalysis analysis;
    try {
      checkImage(image);
      analysis =
          plan.detect()
              ? recognition.analyze(image, FRAME)
              : recognition.follow(image, plan.follow(), plan.embeddings() ? FRAME : FOLLOW_ONLY);
    } catch (KithException failure) {
      if (e.failed(settings.degradedAfter())) {
        e.add(EncounterEvent.plain(EncounterEvent.DEGRADED, at, null, failure.errorCode().code()));
        LOG.info(() -> "GAL-201 encounter degraded: " + failure.errorCode().code());
      }
      throw new FrameRejectedException(failure, e.drain());
    }
    long recognised = System.nanoTime();
    if (e.processed()) {
      e.add(EncounterEvent.plain(EncounterEvent.RECOVERED, at, null, null));
    }
    PatientGallery gallery = index.current(e.patientId());
    Instant wallClock = now();
    TrackMatcher matcher = matcher(gallery, wallClock);
    List<Proposal> proposals = tracker.observe(analysis, plan, at, matcher);
    emitTrackEvents(e, at);
    AnnouncementPolicy policy =
        proposals.isEmpty() ? null : policies.policy(e.clinic(), e.patientId());
    for (Proposal p : proposals) {
      decide(e, p, at, policy, gallery, wallClock);
    }
    for (Track t : tracker.tracks()) {
      if (t.state() == TrackState.CONFIRMED && t.seenInLastFrame()) {
        e.announcements().seen(t.personId(), at);
        sightings.seen(e.patientId(), t.personId(), e.id(), wallClock);
      }
    }
    emitTrackEvents(e, at);
    long done = System.nanoTime();
    Map<String, Double> millis = new LinkedHashMap<>();
    millis.put("recognition", ms(recognised - started));
    millis.put("tracking", ms(done - recognised));
    millis.put("total", ms(done - started));
    return new FrameAnswer(
        e.id(),
        sequence,
        "PROCESSED",
        null,
        plan.detect() ? "DETECTED" : "FOLLOWED",
        analysis.faces().size(),
        tracker.tracks().size(),
        millis,
        e.drain());
  }

  /**
   * Audits the decision first; only a recorded decision is applied and told. If the audit log
   * cannot take it, the track stays as it was and proposes again on a later frame.
   */
  private void decide(
      Encounter e,
      Proposal p,
      Instant at,
      AnnouncementPolicy policy,
      PatientGallery gallery,
      Instant wallClock) {
    TrackDecision d = p.decision();
    Optional<KnownPerson> person = Optional.empty();
    if (d.decision() != FaceDecision.UNKNOWN && d.candidate().isPresent()) {
      long personId = d.candidate().get().personId();
      if (gallery.canName(personId, wallClock)) {
        person = persons.find(e.clinic(), e.patientId(), personId);
      }
      if (person.isEmpty() && d.decision() == FaceDecision.KNOWN) {
        return; // erased or withdrawn since the index was read: nobody is named
      }
    }
    AuditReceipt receipt;
    try {
      receipt =
          audit.deviceRecord(
              e.clinic(),
              e.actor(),
              AuditAction.ENCOUNTER_DECISION,
              e.patientId(),
              e.deviceClientId(),
              e.id() + "/t" + p.track(),
              audited(p),
              null);
    } catch (KithException unavailable) {
      LOG.warning(
          "GAL-202 an encounter decision could not be audited and was not given: "
              + unavailable.errorCode().code());
      return;
    }
    if (!e.tracker().apply(p)) {
      return;
    }
    e.decided();
    double confidence = round(d.candidate().map(c -> c.score()).orElse(0.0));
    switch (d.decision()) {
      case KNOWN -> {
        PersonDetails details = person.get().details();
        long personId = person.get().id();
        // Told once in this encounter's cool-down, and not if another of the patient's encounters
        // (a reconnected phone, a second device) had them in view within it.
        boolean announce =
            e.announcements().announce(personId, at, policy.coolDown())
                & !sightings.seenElsewhere(
                    e.patientId(), personId, e.id(), wallClock, policy.coolDown());
        sightings.seen(e.patientId(), personId, e.id(), wallClock);
        e.add(
            new EncounterEvent(
                EncounterEvent.PERSON_CONFIRMED,
                at,
                p.track(),
                person.get().id(),
                details.displayName(),
                details.relationship(),
                details.memoryCue(),
                details.pronunciationHint(),
                confidence,
                d.framesUsed(),
                announce,
                policy.verbosity().name(),
                null,
                null,
                null,
                receipt.eventId()));
      }
      case UNKNOWN ->
          e.add(
              new EncounterEvent(
                  EncounterEvent.STRANGER_CONFIRMED,
                  at,
                  p.track(),
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  d.framesUsed(),
                  null,
                  null,
                  null,
                  policy.strangerTone(),
                  null,
                  receipt.eventId()));
      default ->
          e.add(
              new EncounterEvent(
                  EncounterEvent.PERSON_UNCERTAIN,
                  at,
                  p.track(),
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  d.framesUsed(),
                  null,
                  null,
                  policy.speakUncertain()
                      ? person.map(x -> x.details().displayName()).orElse(null)
                      : null,
                  policy.speakUncertain(),
                  null,
                  receipt.eventId()));
    }
  }

  private static AuditedIdentification audited(Proposal p) {
    TrackDecision d = p.decision();
    MatchThresholds t = d.thresholds();
    Map<String, Double> context = new LinkedHashMap<>();
    p.context().forEach((k, v) -> context.put(k, clamp(v)));
    String[] model = p.modelKey().split("@", 2);
    return new AuditedIdentification(
        model[0],
        model.length > 1 ? model[1] : "unknown",
        null,
        List.of(
            new AuditedFace(
                d.decision(),
                d.candidate().map(c -> Long.toString(c.personId())).orElse(null),
                d.candidate().map(c -> round(c.score())).orElse(null),
                d.margin().map(DefaultEncounters::round).orElse(null),
                new AppliedThresholds(t.accept(), t.reject(), "encounter"),
                context)));
  }

  private void emitTrackEvents(Encounter e, Instant at) {
    for (TrackEvent t : e.tracker().drainEvents()) {
      e.add(EncounterEvent.plain(t.type(), at, t.track(), t.reason()));
    }
  }

  private TrackMatcher matcher(PatientGallery gallery, Instant now) {
    ThresholdTable table = match.thresholds();
    return new TrackMatcher() {
      @Override
      public Ranking rank(FaceEmbedding probe) {
        return gallery.rank(probe, now, match.scoring(), match.topK());
      }

      @Override
      public MatchThresholds thresholds(String modelKey) {
        return table.encounter(modelKey);
      }

      @Override
      public boolean canName(long personId) {
        return gallery.canName(personId, now);
      }
    };
  }

  @Override
  public FrameAnswer close(DeviceCaller caller, String id) {
    Encounter e = owned(caller, id);
    finish(e, "closed");
    return new FrameAnswer(id, -1, "CLOSED", null, null, null, 0, Map.of(), e.drain());
  }

  /**
   * Ends an encounter: its tracks end, it leaves the registry, and its closing record is written
   * (best effort: an encounter that ends names no one, so an audit outage must not keep it open).
   */
  private void finish(Encounter e, String reason) {
    if (!e.close()) {
      return;
    }
    registry.remove(e);
    Instant at = e.streamClock(now());
    e.tracker().endAll(reason);
    emitTrackEvents(e, at);
    e.add(EncounterEvent.plain(EncounterEvent.CLOSED, at, null, reason));
    try {
      audit.deviceRecord(
          e.clinic(),
          e.actor(),
          AuditAction.ENCOUNTER_CLOSED,
          e.patientId(),
          e.deviceClientId(),
          e.id(),
          null,
          reason + " " + e.counts());
    } catch (KithException unavailable) {
      LOG.warning(
          "GAL-203 an encounter's closing could not be audited: " + unavailable.errorCode().code());
    }
  }

  @Override
  public void expireIdle(Instant now) {
    Duration idle = settings.idleTimeout();
    for (Encounter e : registry.all()) {
      if (Duration.between(e.lastActivity(), now).compareTo(idle) > 0) {
        finish(e, "expired");
      }
    }
  }

  @Override
  public void verify(DeviceCaller caller, String id) {
    owned(caller, id);
  }

  /** The caller's own open encounter; anyone else's does not exist for it. */
  private Encounter owned(DeviceCaller caller, String id) {
    return registry
        .find(id)
        .filter(e -> !e.isClosed())
        .filter(e -> e.clinic().equals(caller.clinic()))
        .filter(e -> e.patientId() == caller.patientId())
        .filter(e -> e.deviceClientId().equals(caller.clientId()))
        .orElseThrow(
            () -> new KithException(GalleryErrors.ENCOUNTER_NOT_FOUND, "no encounter " + id));
  }

  private Device device(DeviceCaller caller) {
    return activeDevices.require(caller.clinic(), caller.clientId(), caller.patientId());
  }

  private void checkImage(byte[] image) {
    if (image == null || image.length == 0) {
      throw new ImageRejectedException(ImageErrors.IMAGE_MISSING, "the frame carried no image");
    }
    if (image.length > maxImageBytes) {
      throw new ImageRejectedException(
          ImageErrors.IMAGE_TOO_LARGE, "the frame is larger than " + maxImageBytes + " bytes");
    }
  }

  private static Instant now() {
    return Instant.now(Clock.systemUTC());
  }

  private static double clamp(double v) {
    return Double.isNaN(v) ? 0 : Math.max(-999, Math.min(999, round(v)));
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }

  private static double ms(long nanos) {
    return Math.round(nanos / 1_000.0) / 1_000.0;
  }
}
