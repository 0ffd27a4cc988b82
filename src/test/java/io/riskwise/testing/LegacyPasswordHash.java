package io.riskwise.testing;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The PBKDF2 hashes stored before Argon2id: what the container's {@code Pbkdf2PasswordHash} wrote
 * with the application's old parameters ({@code PBKDF2WithHmacSHA512:210000:<base64 salt>:<base64
 * key>}, 32-byte salt, 64-byte key), so tests can put an account in the state a real one is in.
 */
public final class LegacyPasswordHash {
  private static final SecureRandom RANDOM = new SecureRandom();

  private LegacyPasswordHash() {}

  public static String pbkdf2(String password) {
    byte[] salt = new byte[32];
    RANDOM.nextBytes(salt);
    try {
      byte[] key =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
              .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 210_000, 64 * 8))
              .getEncoded();
      return "PBKDF2WithHmacSHA512:210000:"
          + Base64.getEncoder().encodeToString(salt)
          + ":"
          + Base64.getEncoder().encodeToString(key);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every Java runtime has PBKDF2WithHmacSHA512", e);
    }
  }
}
