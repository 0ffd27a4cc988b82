/**
 * The criteria catalogue: frameworks, standards and units, their criteria and the cross-map, read
 * from {@code content/catalogue} at start-up, validated strictly, mirrored into the database for
 * references, and served read-only to everyone signed in.
 */
package io.riskwise.catalogue;
