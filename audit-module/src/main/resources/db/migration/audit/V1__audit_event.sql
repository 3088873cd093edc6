-- The audit log: one hash chain per clinic. Rows are only ever inserted; the module's runtime
-- account holds INSERT and SELECT only. Each event's hash covers every column of the event and of
-- its faces: see org.kith.audit.domain.CanonicalForm for the exact serialisation.
CREATE TABLE audit_event (
  id                 BIGINT       NOT NULL,
  clinic_id          VARCHAR(63)  NOT NULL,
  seq                BIGINT       NOT NULL,
  prev_hash          CHAR(64)     NOT NULL,
  occurred_at        DATETIME(6)  NOT NULL,
  recorded_at        DATETIME(6)  NOT NULL,
  action             VARCHAR(32)  NOT NULL,
  outcome            VARCHAR(16)  NOT NULL,
  actor_subject      VARCHAR(255) NOT NULL,
  actor_role         VARCHAR(64)  NOT NULL,
  actor_address      VARCHAR(64)  NULL,
  request_id         VARCHAR(64)  NULL,
  patient_ref        VARCHAR(64)  NULL,
  device_id          VARCHAR(64)  NULL,
  target_type        VARCHAR(16)  NULL,
  target_id          VARCHAR(64)  NULL,
  corrects_event_id  BIGINT       NULL,
  reason             VARCHAR(255) NULL,
  model_id           VARCHAR(64)  NULL,
  model_version      VARCHAR(32)  NULL,
  latency_ms         BIGINT       NULL,
  hash               CHAR(64)     NOT NULL,
  PRIMARY KEY (id),
  -- No fork: two records can never take the same place in a clinic's chain.
  UNIQUE KEY audit_event_chain (clinic_id, seq),
  KEY audit_event_clinic_time (clinic_id, occurred_at),
  KEY audit_event_clinic_patient (clinic_id, patient_ref, occurred_at),
  KEY audit_event_clinic_device (clinic_id, device_id, occurred_at),
  KEY audit_event_clinic_action (clinic_id, action, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The faces of an identification, part of their event's hash. Never an image or an embedding.
CREATE TABLE audit_face (
  event_id             BIGINT       NOT NULL,
  face_index           INT          NOT NULL,
  decision             VARCHAR(16)  NOT NULL,
  candidate_person_id  VARCHAR(64)  NULL,
  score                DECIMAL(9,6) NULL,
  runner_up_margin     DECIMAL(9,6) NULL,
  threshold_known      DECIMAL(9,6) NULL,
  threshold_uncertain  DECIMAL(9,6) NULL,
  threshold_context    VARCHAR(64)  NULL,
  quality              VARCHAR(1024) NULL,
  PRIMARY KEY (event_id, face_index),
  KEY audit_face_person (candidate_person_id),
  CONSTRAINT audit_face_event FOREIGN KEY (event_id) REFERENCES audit_event (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Chain heads published for external anchoring; inserted only, like the events.
CREATE TABLE audit_checkpoint (
  clinic_id  VARCHAR(63)  NOT NULL,
  seq        BIGINT       NOT NULL,
  hash       CHAR(64)     NOT NULL,
  taken_at   DATETIME(6)  NOT NULL,
  PRIMARY KEY (clinic_id, seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
