/** The walk-in ticket in three steps: category, service (with its expected wait), number of persons. */
package de.foyer.kiosk.walkin;
