package io.riskwise.identity.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.LegacyPasswordHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordsTest {
  private final Passwords passwords = new Passwords(new Argon2PasswordHash());

  /** As the container's Pbkdf2PasswordHash wrote it before Argon2id, password riskwise-demo. */
  private static final String LEGACY = LegacyPasswordHash.pbkdf2("riskwise-demo");

  @Test
  void aNewHashIsArgon2idAndNeedsNoUpgrade() {
    String hash = passwords.hash("riskwise-demo");

    assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
    assertTrue(passwords.matches("riskwise-demo", hash));
    assertFalse(passwords.matches("riskwise-demO", hash));
    assertFalse(passwords.needsUpgrade(hash));
  }

  @Test
  void aPbkdf2HashStillMatchesAndIsMarkedForUpgrade() {
    assertTrue(passwords.matches("riskwise-demo", LEGACY));
    assertFalse(passwords.matches("riskwise-demO", LEGACY));
    assertTrue(passwords.needsUpgrade(LEGACY));
  }

  @Test
  void anArgon2idHashWithOlderParametersMatchesAndIsMarkedForUpgrade() {
    assertTrue(passwords.matches("password", Argon2PasswordHashTest.REFERENCE));
    assertTrue(passwords.needsUpgrade(Argon2PasswordHashTest.REFERENCE));
  }

  @Test
  void nobodyMatchesTheDecoy() {
    assertFalse(passwords.matchNobody("decoy-password-that-matches-nobody"));
    assertFalse(passwords.matchNobody(""));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "riskwise-demo",
        "PBKDF2WithHmacSHA512",
        "PBKDF2WithHmacSHA512:210000",
        "PBKDF2WithHmacSHA512:210000:c2FsdA==",
        "PBKDF2WithHmacSHA512:lots:c2FsdA==:a2V5",
        "PBKDF2WithHmacSHA512:0:c2FsdA==:a2V5",
        "PBKDF2WithHmacSHA512:-1:c2FsdA==:a2V5",
        "PBKDF2WithHmacSHA512:99999999999:c2FsdA==:a2V5",
        "PBKDF2WithHmacSHA512:210000::a2V5",
        "PBKDF2WithHmacSHA512:210000:c2FsdA==:",
        "PBKDF2WithHmacSHA512:210000:not base64!:a2V5",
        "PBKDF2WithHmacMD5:1000:c2FsdA==:a2V5",
        "PBKDF2WithHmacSHA512:210000:c2FsdA==:a2V5:extra",
        "$argon2id$v=19$m=19456,t=2,p=1$$",
        "$2a$10$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ012"
      })
  void aMalformedStoredHashAnswersFalseAndNeverThrows(String stored) {
    assertFalse(passwords.matches("riskwise-demo", stored));
  }

  @Test
  void noPasswordMatchesNothing() {
    assertFalse(passwords.matches(null, passwords.hash("x")));
    assertFalse(passwords.matches("", LEGACY));
  }
}
