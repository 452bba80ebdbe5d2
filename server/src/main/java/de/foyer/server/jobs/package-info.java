/**
 * Work the server does by itself on a schedule (booking reminders and erasure, the queue's day's
 * end): one way to repeat a job, log a failed run and stop with the server.
 */
package de.foyer.server.jobs;
