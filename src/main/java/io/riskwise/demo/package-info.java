/**
 * The demo centres: people, portfolios, decisions and cohorts for newcomers and tests, loaded at
 * start only in demo mode ({@code riskwise.demo=true}) and only into an empty database. It uses the
 * other features' facades and entities; nothing depends on it, and the platform does not know it.
 */
package io.riskwise.demo;
