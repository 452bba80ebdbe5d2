/**
 * What every route shares: errors as the contract's JSON, reading bodies strictly, security
 * headers, rate limits and request logs that hold no personal data.
 */
package de.foyer.server.web;
