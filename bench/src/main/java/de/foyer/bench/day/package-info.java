/**
 * A day at the office, simulated: citizens generated from the office's figures (cases, share
 * booked online, no-shows, services from the demo catalogue, arrivals early and late), booked
 * into slots, and called by the server's own {@link de.foyer.server.queue.CallPolicy} on a
 * simulated clock. Pure and seeded, so every run of a seed tells the same day.
 */
package de.foyer.bench.day;
