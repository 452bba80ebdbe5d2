/**
 * Tickets and the queue: walk-in tickets and their numbers, counter sessions, who is called next
 * (a pure policy), recall, no-show, transfer, and the wait a newcomer should expect.
 */
package de.foyer.server.queue;
