package io.riskwise.platform.startup;

import java.util.Base64;

/**
 * The key of the flash cookie, which carries the message shown after a redirect ("Added ... to your
 * portfolio"): web.xml hands it to Mojarra from {@value #VARIABLE}. Every node must have the same
 * one, or a redirect answered by another node loses its message; without a valid one, Mojarra would
 * encrypt nothing and fail every such page, so the application does not start.
 */
final class FlashSecret {
  static final String VARIABLE = "RISKWISE_FLASH_SECRET";

  private FlashSecret() {}

  static void check(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          VARIABLE
              + " is not set. Give every node the same 32 random bytes in base64,"
              + " made once with: openssl rand -base64 32");
    }
    int length;
    try {
      length = Base64.getDecoder().decode(value.strip()).length;
    } catch (IllegalArgumentException notBase64) {
      throw new IllegalStateException(
          VARIABLE + " is not base64: make it with openssl rand -base64 32");
    }
    if (length != 16 && length != 24 && length != 32) {
      throw new IllegalStateException(
          VARIABLE
              + " holds "
              + length
              + " bytes; an AES key is 16, 24 or 32 (openssl rand -base64 32)");
    }
  }
}
