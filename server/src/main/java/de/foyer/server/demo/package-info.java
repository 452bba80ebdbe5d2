/**
 * The demo office of the README's quick start, shaped by the figures of the office Foyer is built
 * for: 7 counters, 5 clerks, 7 categories, 30+ services. Seeded only into an empty database.
 */
package de.foyer.server.demo;
