/**
 * The client side of the HTTP contract for kiosks, displays and other programs: blocking calls
 * that return wire records, refusals as exceptions that carry the server's code and sentence.
 */
package de.foyer.protocol.client;
