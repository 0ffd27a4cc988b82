package io.riskwise.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class Argon2PasswordHashTest {
  private final Argon2PasswordHash argon2 = new Argon2PasswordHash();

  /**
   * Argon2id vectors of the reference implementation (phc-winner-argon2, src/test.c): password
   * "password", salt "somesalt". One check here proves the library, the UTF-8 of the password and
   * the PHC parsing agree with every other Argon2 implementation.
   */
  static final String REFERENCE =
      "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";

  static final String REFERENCE_TWO_LANES =
      "$argon2id$v=19$m=256,t=2,p=2$c29tZXNhbHQ$bQk8UB/VmZZF4Oo79iDXuL5/0ttZwg2f/5U52iv1cDc";

  @Test
  void aHashIsAPhcStringWithOwaspParameters() {
    String hash = argon2.generate("correct horse".toCharArray());

    assertTrue(
        hash.matches(
            "\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"),
        hash);
    assertTrue(argon2.isCurrent(hash));
  }

  @Test
  void thePasswordItWasMadeFromMatchesAndNoOther() {
    String hash = argon2.generate("correct horse".toCharArray());

    assertTrue(argon2.verify("correct horse".toCharArray(), hash));
    assertFalse(argon2.verify("correct horsf".toCharArray(), hash));
    assertFalse(argon2.verify("Correct horse".toCharArray(), hash));
    assertFalse(argon2.verify("".toCharArray(), hash));
  }

  @Test
  void eachHashHasItsOwnSalt() {
    assertNotEquals(argon2.generate("same".toCharArray()), argon2.generate("same".toCharArray()));
  }

  @Test
  void aPasswordBeyondAsciiRoundTrips() {
    String password = "sèctest ｓ 密码 🔑";
    String hash = argon2.generate(password.toCharArray());

    assertTrue(argon2.verify(password.toCharArray(), hash));
    assertFalse(argon2.verify("sectest ｓ 密码 🔑".toCharArray(), hash));
  }

  @Test
  void theReferenceImplementationsVectorsVerify() {
    assertTrue(argon2.verify("password".toCharArray(), REFERENCE));
    assertFalse(argon2.verify("passwore".toCharArray(), REFERENCE));
    assertTrue(argon2.verify("password".toCharArray(), REFERENCE_TWO_LANES));
  }

  /** The blocks one hash leaves in the shared pool, of any size, change no later hash. */
  @Test
  void hashesAfterOthersOfOtherSizesAreTheSame() {
    String hash = argon2.generate("correct horse".toCharArray());

    assertTrue(argon2.verify("password".toCharArray(), REFERENCE));
    assertTrue(argon2.verify("correct horse".toCharArray(), hash));
    assertTrue(argon2.verify("password".toCharArray(), REFERENCE_TWO_LANES));
    assertTrue(argon2.verify("correct horse".toCharArray(), hash));
    assertTrue(argon2.verify("password".toCharArray(), REFERENCE));
  }

  @Test
  void otherParametersThanTodaysAreNotCurrent() {
    assertFalse(argon2.isCurrent(REFERENCE));
    assertFalse(argon2.isCurrent(REFERENCE_TWO_LANES));
    assertFalse(argon2.isCurrent("PBKDF2WithHmacSHA512:210000:c2FsdA==:a2V5"));
    assertFalse(argon2.isCurrent(null));
  }

  @Test
  void theParsedParametersAreThoseWritten() {
    Argon2PasswordHash.Stored stored = Argon2PasswordHash.parse(REFERENCE).orElseThrow();

    assertEquals(65536, stored.memoryKib());
    assertEquals(2, stored.iterations());
    assertEquals(1, stored.parallelism());
    assertEquals("somesalt", new String(stored.salt(), java.nio.charset.StandardCharsets.US_ASCII));
    assertEquals(32, stored.hash().length);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "argon2id",
        "$argon2id$",
        "$argon2i$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=16$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$",
        "$argon2id$v=19$m=65536,t=2,p=1$$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPP",
        "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPcX",
        "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc$",
        "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRP-c",
        "$argon2id$v=19$m=65536,t=0,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=19$m=65536,t=2,p=0$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=19$m=4,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=19$m=9999999,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=19$m=65536,t=99,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=19$m=65536,t=2,p=99$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=19$m=65536,t=2,p=1,x=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
        "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQx$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"
      })
  void aMalformedStoredStringAnswersFalseAndNeverThrows(String stored) {
    assertFalse(argon2.verify("password".toCharArray(), stored));
    assertFalse(argon2.isCurrent(stored));
  }
}
