/**
 * What an office offers and when: offices, waiting areas, counters and the services each serves,
 * categories with their ticket prefix, services, opening hours and closures.
 */
package de.foyer.server.catalogue;
