-- Booking beyond capacity where the office expects no-shows: on the weekdays it chose (bit n set for
-- ISO weekday n), the portal books beyond the counters by the no-show rate the office measured on
-- that weekday over the last eight weeks, at most overbooking_percent. 0: never.
ALTER TABLE booking_rules ADD COLUMN overbooking_percent int NOT NULL DEFAULT 0 CHECK (overbooking_percent BETWEEN 0 AND 25);
ALTER TABLE booking_rules ADD COLUMN overbooking_weekdays int NOT NULL DEFAULT 0 CHECK (overbooking_weekdays BETWEEN 0 AND 254);
