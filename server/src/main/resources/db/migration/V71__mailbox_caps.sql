-- Caps of one mailbox beyond its open appointments: at most so many on one day and so many of one
-- service at a time (against bots that fill a service's days through a few mailboxes). 0: no cap.
ALTER TABLE booking_rules ADD COLUMN max_per_email_per_day int NOT NULL DEFAULT 0 CHECK (max_per_email_per_day BETWEEN 0 AND 20);
ALTER TABLE booking_rules ADD COLUMN max_per_email_per_service int NOT NULL DEFAULT 0 CHECK (max_per_email_per_service BETWEEN 0 AND 20);
