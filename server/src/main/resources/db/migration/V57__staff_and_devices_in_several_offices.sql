-- Roles by reach: the installation administrator (ADMIN) reaches every office, an office
-- administrator (OFFICE_ADMIN) and a clerk the offices they belong to. clerks.office_id and
-- devices.office_id stay as the first office: where a request without an office acts.
ALTER TABLE clerks DROP CONSTRAINT clerks_role_check;
ALTER TABLE clerks ADD CONSTRAINT clerks_role_check CHECK (role IN ('CLERK', 'OFFICE_ADMIN', 'ADMIN'));

CREATE TABLE staff_offices (
    clerk_id  text NOT NULL REFERENCES clerks,
    office_id text NOT NULL REFERENCES offices,
    PRIMARY KEY (clerk_id, office_id)
);
INSERT INTO staff_offices (clerk_id, office_id) SELECT id, office_id FROM clerks;

CREATE TABLE device_offices (
    device_id text NOT NULL REFERENCES devices,
    office_id text NOT NULL REFERENCES offices,
    PRIMARY KEY (device_id, office_id)
);
INSERT INTO device_offices (device_id, office_id) SELECT id, office_id FROM devices;

-- Before, an administrator reached only the office of its account. Where there are several offices,
-- those accounts stay administrators of that office and reach no further; the installation's
-- administrator is made with ./foyer admin create. With one office nothing changes.
UPDATE clerks SET role = 'OFFICE_ADMIN'
 WHERE role = 'ADMIN' AND (SELECT count(*) FROM offices) > 1;
