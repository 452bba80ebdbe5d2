/** What operators and monitoring look at: health, Prometheus metrics and the published API description. */
package de.foyer.server.operations;
