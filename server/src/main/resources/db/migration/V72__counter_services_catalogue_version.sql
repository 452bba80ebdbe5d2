-- Booking now offers a service online only where a counter serves it: which counter serves what
-- counts for booking, so a change to it raises the catalogue's number too (see V61).
CREATE TRIGGER counter_services_raise_catalogue_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON counter_services
    FOR EACH STATEMENT EXECUTE FUNCTION raise_catalogue_version();
