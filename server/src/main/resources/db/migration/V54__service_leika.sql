-- A service's key in the federal catalogue of administrative services (LeiKa): 14 digits, where it has one.
-- A town's catalogue import recognises a service again by it.
ALTER TABLE services ADD COLUMN leika text CHECK (leika ~ '^[0-9]{14}$');
