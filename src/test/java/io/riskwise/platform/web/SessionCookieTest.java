package io.riskwise.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionCookieTest {

  @Test
  void cookiesAreSecureWhenPeopleComeOverHttpsUnlessChosenOtherwise() {
    assertTrue(SessionCookie.secure(Optional.empty(), Optional.of("https://riskwise.example")));
    assertTrue(SessionCookie.secure(Optional.empty(), Optional.of("HTTPS://Riskwise.example")));
    assertFalse(SessionCookie.secure(Optional.empty(), Optional.of("http://localhost:8080")));
    assertFalse(SessionCookie.secure(Optional.empty(), Optional.empty()));
    assertTrue(SessionCookie.secure(Optional.of(true), Optional.empty()));
    assertFalse(SessionCookie.secure(Optional.of(false), Optional.of("https://riskwise.example")));
  }

  @Test
  void eachSessionIdIs256RandomBitsInUrlSafeCharacters() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String id = RandomSessionIds.next();
      assertTrue(id.matches("[A-Za-z0-9_-]{43}"), id);
      assertEquals(32, Base64.getUrlDecoder().decode(id).length);
      assertTrue(seen.add(id.substring(0, 8)), "no two share their first 48 bits: " + id);
    }
  }
}
