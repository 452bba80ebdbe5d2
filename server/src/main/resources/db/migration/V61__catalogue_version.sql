-- Booking reads an office's services, opening hours, closed days, counters and rules for every
-- request. A server keeps them in memory and reads only this number, which every change to them
-- raises in the change's own transaction: a server that sees the new number also sees the change.
-- The row is made by the first change (a restore brings its own).
CREATE TABLE catalogue_version (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    version  bigint NOT NULL
);

CREATE FUNCTION raise_catalogue_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO catalogue_version (version) VALUES (1)
    ON CONFLICT (only_row) DO UPDATE SET version = catalogue_version.version + 1;
    RETURN NULL;
END $$;

CREATE TRIGGER offices_raise_catalogue_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON offices
    FOR EACH STATEMENT EXECUTE FUNCTION raise_catalogue_version();
CREATE TRIGGER services_raise_catalogue_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON services
    FOR EACH STATEMENT EXECUTE FUNCTION raise_catalogue_version();
CREATE TRIGGER opening_hours_raise_catalogue_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON opening_hours
    FOR EACH STATEMENT EXECUTE FUNCTION raise_catalogue_version();
CREATE TRIGGER closures_raise_catalogue_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON closures
    FOR EACH STATEMENT EXECUTE FUNCTION raise_catalogue_version();
CREATE TRIGGER booking_rules_raise_catalogue_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON booking_rules
    FOR EACH STATEMENT EXECUTE FUNCTION raise_catalogue_version();
-- A counter's state changes all day (opened, paused, closed); only what booking counts raises the number.
CREATE TRIGGER counters_raise_catalogue_version AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF office_id, retired_at ON counters
    FOR EACH STATEMENT EXECUTE FUNCTION raise_catalogue_version();
