-- The audit log. Rows are only ever inserted; the module has no update or delete path.
CREATE TABLE audit_event (
  id           BIGINT       NOT NULL,
  clinic_id    VARCHAR(63)  NOT NULL,
  occurred_at  DATETIME(6)  NOT NULL,
  action       VARCHAR(64)  NOT NULL,
  outcome      VARCHAR(16)  NOT NULL,
  actor        VARCHAR(255) NOT NULL,
  PRIMARY KEY (id),
  KEY audit_event_clinic_time (clinic_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
