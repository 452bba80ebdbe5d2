/** Checking in by a typed booking code, on the kiosk's own keyboard of unambiguous letters and digits. */
package de.foyer.kiosk.checkin;
