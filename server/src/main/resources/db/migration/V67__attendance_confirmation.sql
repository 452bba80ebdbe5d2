-- Appointments that are kept. An office may ask citizens to confirm that they are coming: the
-- reminders 48 and 24 hours before ask for it, and a booking still unconfirmed this many hours
-- before its time is released to the waiting list and the walk-ins. 0: the office does not ask.
-- At most 23, so that both requests go out before the deadline.
ALTER TABLE booking_rules ADD COLUMN confirm_by_hours int NOT NULL DEFAULT 0 CHECK (confirm_by_hours BETWEEN 0 AND 23);

ALTER TABLE bookings ADD COLUMN attendance_confirmed_at timestamptz;
