package io.riskwise.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TokensTest {

  @Test
  void tokensAreStoredAsTheirSha256Digest() {
    // FIPS 180-2 test vector for "abc"
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Tokens.digest("abc"));
  }
}
