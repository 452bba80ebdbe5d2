/**
 * What an office offers and when: offices, waiting areas, counters and the services each serves,
 * categories with their ticket prefix, services, opening hours, closures, and the public holidays
 * of the office's state.
 */
package de.foyer.server.catalogue;
