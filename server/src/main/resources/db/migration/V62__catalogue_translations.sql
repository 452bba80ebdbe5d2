-- The catalogue in every language the kiosk speaks. Names and information keep their German text in
-- their own column (what signs, forms and clerks say); the other languages are a JSON object of
-- language codes beside it, {"en": "...", "tr": "..."}, where a missing language falls back to German.
-- The English columns move into it.
ALTER TABLE categories ADD COLUMN names jsonb NOT NULL DEFAULT '{}';
UPDATE categories SET names = jsonb_build_object('en', name_en) WHERE btrim(name_en) <> '';
ALTER TABLE categories DROP COLUMN name_en;

ALTER TABLE services ADD COLUMN names jsonb NOT NULL DEFAULT '{}',
                     ADD COLUMN information_texts jsonb NOT NULL DEFAULT '{}';
-- Moving a column is no change of the catalogue: without the trigger, an empty database (a
-- restore's target) stays without the version row that the restore brings (see V61).
ALTER TABLE services DISABLE TRIGGER services_raise_catalogue_version;
UPDATE services SET names = jsonb_build_object('en', name_en) WHERE btrim(name_en) <> '';
UPDATE services SET information_texts = jsonb_build_object('en', information_en) WHERE btrim(information_en) <> '';
ALTER TABLE services ENABLE TRIGGER services_raise_catalogue_version;
ALTER TABLE services DROP COLUMN name_en, DROP COLUMN information_en;

ALTER TABLE waiting_areas ADD COLUMN names jsonb NOT NULL DEFAULT '{}';
