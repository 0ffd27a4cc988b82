package io.riskwise.platform.rest;

/**
 * Marks an exception whose message was written for the person using the API and may be shown to
 * them as it is.
 */
public interface PlainMessage {}
