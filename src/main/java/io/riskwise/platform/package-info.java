/**
 * Wiring every feature shares: the data source and migrations, the one authentication mechanism,
 * problem details for REST errors, request logging, the audit log, health checks, file storage,
 * paging and start-up (including the demo data).
 */
package io.riskwise.platform;
