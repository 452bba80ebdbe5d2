/**
 * The bench: runs the real server on an embedded PostgreSQL with production settings, measures
 * the figures the office cares about (call to screen, calls per second, many screens, start-up,
 * a simulated day) and reports them as a table and as JSON. Each figure is one {@link de.foyer.bench.Figure}.
 */
package de.foyer.bench;
