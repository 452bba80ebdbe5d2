/**
 * Capacity planning: a day at the office, simulated. Citizens are generated from an office's
 * figures (cases, share booked online, no-shows, service mix, arrivals early and late), booked
 * by the booking's own {@link de.foyer.server.booking.SlotPlanner}, kept or released the evening
 * before ({@link de.foyer.server.planning.KeptAppointments}), and called by the queue's own
 * {@link de.foyer.server.queue.CallPolicy} on a simulated clock. Pure and seeded, so every run of
 * a seed tells the same day; the benchmark and the administrators' planning page
 * ({@link de.foyer.server.planning.PlanningFeature}, which fills the question in from the office's
 * history through {@link de.foyer.server.planning.CapacityPlanning}) ask it the same questions and
 * get the same answers.
 *
 * <p>The simulation is written here rather than taken from a library: what it must reproduce is
 * the server's own decisions (its slot planner, call policy and wait estimate), which a general
 * discrete-event library would only wrap.
 */
package de.foyer.server.planning;
