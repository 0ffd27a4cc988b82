package io.riskwise.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Set;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes new passwords with Argon2id ({@link Argon2PasswordHash}) and checks stored ones by their
 * format: Argon2id strings, and the PBKDF2-HMAC-SHA512 strings written before it ({@code
 * PBKDF2WithHmacSHA512:210000:<base64 salt>:<base64 key>}, the format of the container's {@code
 * Pbkdf2PasswordHash}), which {@link #needsUpgrade} marks for renewal at the person's next sign-in.
 */
@ApplicationScoped
public class Passwords {
  private static final Set<String> PBKDF2_ALGORITHMS =
      Set.of(
          "PBKDF2WithHmacSHA224",
          "PBKDF2WithHmacSHA256",
          "PBKDF2WithHmacSHA384",
          "PBKDF2WithHmacSHA512");
  private static final int MAX_PBKDF2_ITERATIONS = 10_000_000;

  @Inject Argon2PasswordHash argon2;

  /** Checked against when the username is unknown, so that both answers take as long. */
  private String decoy;

  /** For the container. */
  public Passwords() {}

  /** Outside the container: tests and the generator of large test centres. */
  public Passwords(Argon2PasswordHash argon2) {
    this.argon2 = argon2;
    configure();
  }

  @PostConstruct
  void configure() {
    decoy = argon2.generate("decoy-password-that-matches-nobody".toCharArray());
  }

  public String hash(String password) {
    return argon2.generate(password.toCharArray());
  }

  /** Whether the password gives the stored hash; false for a malformed or unknown format. */
  public boolean matches(String password, String storedHash) {
    if (password == null || storedHash == null) {
      return false;
    }
    if (storedHash.startsWith(Argon2PasswordHash.PREFIX)) {
      return argon2.verify(password.toCharArray(), storedHash);
    }
    if (storedHash.startsWith("PBKDF2WithHmac")) {
      return matchesPbkdf2(password, storedHash);
    }
    return false;
  }

  /**
   * Whether a hash that just matched should be replaced by a fresh Argon2id one: it is PBKDF2, or
   * Argon2id with other parameters than today's.
   */
  public boolean needsUpgrade(String storedHash) {
    return !argon2.isCurrent(storedHash);
  }

  /** Spends the time of one real check and answers false. */
  public boolean matchNobody(String password) {
    argon2.verify(password.toCharArray(), decoy);
    return false;
  }

  private static boolean matchesPbkdf2(String password, String storedHash) {
    String[] parts = storedHash.split(":", -1);
    if (parts.length != 4 || !PBKDF2_ALGORITHMS.contains(parts[0])) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] key = Base64.getDecoder().decode(parts[3]);
      if (iterations < 1
          || iterations > MAX_PBKDF2_ITERATIONS
          || salt.length == 0
          || key.length == 0) {
        return false;
      }
      PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, key.length * 8);
      try {
        byte[] computed = SecretKeyFactory.getInstance(parts[0]).generateSecret(spec).getEncoded();
        return MessageDigest.isEqual(computed, key);
      } finally {
        spec.clearPassword();
      }
    } catch (IllegalArgumentException | GeneralSecurityException malformed) {
      return false;
    }
  }
}
