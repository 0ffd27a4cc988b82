/**
 * People and centres: who signs in, with which roles, at which centre, and who may see whom. Both
 * doors in (the sign-in page and the API token endpoint) go through {@code SignIns}.
 */
package io.riskwise.identity;
