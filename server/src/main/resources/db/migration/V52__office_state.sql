-- The state (Bundesland) an office lies in, by its ISO 3166-2:DE code: its public holidays follow
-- from it. Offices made before this column keep the nationwide holidays only until a state is set.
ALTER TABLE offices ADD COLUMN state text
    CHECK (state IN ('BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'));
