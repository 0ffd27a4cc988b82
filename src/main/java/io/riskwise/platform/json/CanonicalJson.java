package io.riskwise.platform.json;

import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * The one canonical form of JSON that digests of legal evidence cover: RFC 8785, the JSON
 * Canonicalization Scheme (keys sorted by UTF-16 code units, ECMAScript number form, minimal string
 * escapes, no white space). It is a published standard, so a digest can be checked with any RFC
 * 8785 implementation, and it does not depend on how a JSON library happens to write.
 */
public final class CanonicalJson {
  private CanonicalJson() {}

  /** The RFC 8785 form of a JSON text; an invalid text is an {@link IllegalArgumentException}. */
  public static String of(String json) {
    try {
      return new JsonCanonicalizer(json).getEncodedString();
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("Not JSON that RFC 8785 can canonicalise", e);
    }
  }

  public static String of(JsonValue json) {
    return of(json.toString());
  }

  /** The SHA-256, in lower-case hex, of the UTF-8 bytes of the RFC 8785 form of a JSON text. */
  public static String digest(String json) {
    return sha256(of(json));
  }

  /** The SHA-256, in lower-case hex, of a text's UTF-8 bytes exactly as given. */
  public static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
