-- Each entry names the office the deed was done in: staff of several offices and the installation's
-- administrator act in more than their account's first office. Earlier entries get that first office.
ALTER TABLE audit_log ADD COLUMN office_id text REFERENCES offices;
UPDATE audit_log a SET office_id = k.office_id FROM clerks k WHERE k.id = a.clerk_id;
CREATE INDEX audit_log_office_at ON audit_log (office_id, at DESC);
