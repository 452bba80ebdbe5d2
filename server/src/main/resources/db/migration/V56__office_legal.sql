-- What the imprint and the privacy notice say of an office beyond its contact: who runs it and
-- represents it (the town, "vertreten durch …"), and how to reach the data-protection officer.
ALTER TABLE offices
    ADD COLUMN operator                text,
    ADD COLUMN data_protection_officer text;
