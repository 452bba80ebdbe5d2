/**
 * Scan to print: a QR code read by the kiosk's serial scanner driver, checked in at the real
 * server, and the ticket printed by the kiosk's ESC/POS driver on a network printer simulator.
 */
package de.foyer.bench.checkin;
