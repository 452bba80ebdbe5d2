/**
 * The server's refusals (too early, too late, wrong day, already checked in, day full …), each
 * with its own plain message and the next step a citizen can take.
 */
package de.foyer.kiosk.refusal;
