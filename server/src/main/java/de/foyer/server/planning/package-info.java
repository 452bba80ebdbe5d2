/**
 * Capacity planning: a day at the office, simulated. Citizens are generated from an office's
 * figures (cases, share booked online, no-shows, service mix, arrivals early and late), booked
 * by the booking's own {@link de.foyer.server.booking.SlotPlanner}, and called by the queue's own
 * {@link de.foyer.server.queue.CallPolicy} on a simulated clock. Pure and seeded, so every run of
 * a seed tells the same day; the benchmark and the administrators' planning page ask it the same
 * questions and get the same answers.
 */
package de.foyer.server.planning;
