-- What an office tells citizens about itself (portal, mails, calendar files, imprint), and the
-- state (Bundesland) it lies in, by its ISO 3166-2:DE code: its public holidays follow from it.
-- Offices made before these columns keep the nationwide holidays only until a state is set.
ALTER TABLE offices
    ADD COLUMN short_name  text,
    ADD COLUMN street      text,
    ADD COLUMN postal_code text,
    ADD COLUMN city        text,
    ADD COLUMN phone       text,
    ADD COLUMN email       text,
    ADD COLUMN web         text,
    ADD COLUMN state       text
        CHECK (state IN ('BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'));
