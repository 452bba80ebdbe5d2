-- The signing secret now lives in a key file of the data directory (or FOYER_SECRET_FILE /
-- FOYER_CHECKIN_SECRET): whoever reads a backup of the database must not be able to forge QR codes
-- or cancel bookings. The server copied the row into the key file before this migration ran.
DROP TABLE IF EXISTS server_secrets;
