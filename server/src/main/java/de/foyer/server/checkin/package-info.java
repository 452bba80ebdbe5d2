/**
 * Check-in at the kiosk: telling a confirmation's signed QR code (or its typed code) from a forged
 * one, the rules of when an appointment may check in (pure), and turning it into a ticket that the
 * queue calls by the appointment's time.
 */
package de.foyer.server.checkin;
