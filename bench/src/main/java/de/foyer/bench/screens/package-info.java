/**
 * Many display streams from one thread: raw HTTP/1.1 over non-blocking sockets, Server-Sent
 * Events parsed as they arrive, and the time each call reaches each screen. The figures
 * "call to screen" and "many screens" are measured with it.
 */
package de.foyer.bench.screens;
