/**
 * The day figure: the server's capacity-planning simulation ({@link de.foyer.server.planning})
 * run over the office's standard scenarios, with its waits drawn as an SVG chart.
 */
package de.foyer.bench.day;
