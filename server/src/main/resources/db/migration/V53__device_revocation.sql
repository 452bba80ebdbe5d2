-- A revoked device's token stops working at once and stays refused; the row stays for the audit log.
-- credentials_version grows with every revocation or new token, so that each server instance can
-- find, with one small query a second, the devices whose open streams it must end.
CREATE SEQUENCE device_credentials_version;

ALTER TABLE devices
    ADD COLUMN revoked_at          timestamptz,
    ADD COLUMN credentials_version bigint NOT NULL DEFAULT 0;

CREATE INDEX devices_credentials_version ON devices (credentials_version);
