/**
 * Appointments: the capacity of each day and the free times (a pure slot planner), bookings from
 * the portal (held to the online quota, paid for with a proof of work) and from staff (from the
 * reserve), confirmations with a signed QR code and a calendar file, mails through the outbox,
 * cancellation, imports from other systems, and the jobs that mark no-shows and erase personal data.
 */
package de.foyer.server.booking;
