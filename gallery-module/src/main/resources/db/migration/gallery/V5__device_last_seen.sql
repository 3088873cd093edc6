-- When the device last made an authenticated identify call; NULL until its first. Written at most
-- once a minute per device, outside the identify's own work, so it is a hint for the clinic's
-- device list ("online"), never evidence: the audit log holds every call.
ALTER TABLE device ADD COLUMN last_seen_at DATETIME(6) NULL;
