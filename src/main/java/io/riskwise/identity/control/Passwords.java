package io.riskwise.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and checks passwords with PBKDF2-HMAC-SHA512, 210,000 iterations and a random 32-byte salt
 * per password (OWASP's 2023 advice for this algorithm).
 */
@ApplicationScoped
public class Passwords {

  @Inject Pbkdf2PasswordHash hash;

  /** Checked against when the username is unknown, so that both answers take as long. */
  private String decoy;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    decoy = hash.generate("decoy-password-that-matches-nobody".toCharArray());
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return hash.verify(password.toCharArray(), storedHash);
  }

  /** Spends the time of one real check and answers false. */
  public boolean matchNobody(String password) {
    hash.verify(password.toCharArray(), decoy);
    return false;
  }
}
