/**
 * Wiring every feature shares: the data source and migrations, problem details for REST errors,
 * request logging, the audit log, health checks, file storage, paging, the canonical JSON every
 * digest covers and start-up. It depends on no feature: features depend on it.
 */
package io.riskwise.platform;
