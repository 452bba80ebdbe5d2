/**
 * The booking portal under load: a thousand citizens racing for one day's times, the green-day
 * calendar over a full database, and a scan at the kiosk until the ticket is printed.
 */
package de.foyer.bench.booking;
