/**
 * The wire format of appointments: free days and times, the proof of work the portal solves,
 * bookings and their confirmations, check-in at the kiosk, and imports from other systems.
 */
package de.foyer.protocol.booking;
