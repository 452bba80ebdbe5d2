/**
 * The office's figures: cases per day and hour, waits (mean, median, 90th percentile) for booked
 * citizens and walk-ins, no-shows by weekday, the share of online bookings and the counters'
 * utilisation. Computed by pure classes from the rows a DAO reads; shown as SVG charts that the
 * page's jte template draws from chart geometry (stats/Chart), and exported as JSON and CSV.
 */
package de.foyer.server.stats;
