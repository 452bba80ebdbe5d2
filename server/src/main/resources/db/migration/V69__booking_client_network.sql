-- The network an online booking came from (an IPv4 /24 or IPv6 /48, never the full address), so that
-- the office can see many mailboxes booking from one network. Erased with the booking's personal data.
ALTER TABLE bookings ADD COLUMN client_network text;
