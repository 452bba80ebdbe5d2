/**
 * The walk-in ticket in three steps: category, service (with its expected wait), number of persons;
 * at a kiosk that serves several offices, the office comes first.
 */
package de.foyer.kiosk.walkin;
