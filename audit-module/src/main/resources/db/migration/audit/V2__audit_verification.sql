-- How far each clinic's chain was last walked intact, so that the next verification resumes there
-- instead of re-walking the whole chain. Inserted only, like the events: a later walk adds a row.
CREATE TABLE audit_verification (
  clinic_id    VARCHAR(63)  NOT NULL,
  seq          BIGINT       NOT NULL,
  hash         CHAR(64)     NOT NULL,
  verified_at  DATETIME(6)  NOT NULL,
  full_walk    BOOLEAN      NOT NULL,
  PRIMARY KEY (clinic_id, seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
