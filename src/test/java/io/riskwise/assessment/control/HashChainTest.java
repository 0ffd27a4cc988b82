package io.riskwise.assessment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HashChainTest {

  static List<HashChain.Linked> chain(int length) {
    List<HashChain.Linked> chain = new ArrayList<>();
    String previous = HashChain.GENESIS;
    for (int i = 1; i <= length; i++) {
      HashChain.Entry entry =
          new HashChain.Entry(
              7,
              i,
              Instant.parse("2026-11-22T10:00:00.123456Z").plusSeconds(i),
              3,
              "JUDGEMENT",
              "judgement:" + i,
              "{\"criterion\":\"C6.1.1\",\"status\":\"MET\"}");
      String hash = HashChain.hash(previous, entry);
      chain.add(new HashChain.Linked(entry, previous, hash));
      previous = hash;
    }
    return chain;
  }

  @Test
  void anUntouchedChainIsIntact() {
    assertNull(HashChain.firstBroken(chain(5)));
    assertNull(HashChain.firstBroken(List.of()));
  }

  @Test
  void theHashIsSha256OfThePreviousHashAndTheCanonicalJson() {
    HashChain.Entry entry =
        new HashChain.Entry(
            1, 1, Instant.parse("2026-01-01T00:00:00Z"), 2, "SIGN_OFF", "sign-off:1", "{}");
    assertEquals(
        "{\"actorId\":2,\"at\":\"2026-01-01T00:00:00Z\",\"centreId\":1,\"details\":\"{}\","
            + "\"event\":\"SIGN_OFF\",\"position\":1,\"subject\":\"sign-off:1\"}",
        entry.canonical());
    // sha256 of "000...0" (64 zeros) followed by that JSON, computed with Python's hashlib
    assertEquals(EXPECTED, HashChain.hash(HashChain.GENESIS, entry));
  }

  static final String EXPECTED = "1284ceec93b880a6af31c2eb5dff70e83ff0af4cc3ca3673fcac1532e41ab677";

  @Test
  void aChangedEntryIsFoundAtItsPosition() {
    List<HashChain.Linked> chain = chain(5);
    HashChain.Linked third = chain.get(2);
    HashChain.Entry altered =
        new HashChain.Entry(
            7,
            3,
            third.entry().at(),
            3,
            "JUDGEMENT",
            "judgement:3",
            "{\"criterion\":\"C6.1.1\",\"status\":\"NOT_YET_MET\"}");
    chain.set(2, new HashChain.Linked(altered, third.previousHash(), third.hash()));
    assertEquals(3L, HashChain.firstBroken(chain));
  }

  @Test
  void aRemovedOrReorderedEntryIsFound() {
    List<HashChain.Linked> removed = chain(5);
    removed.remove(1);
    assertEquals(2L, HashChain.firstBroken(removed));
    List<HashChain.Linked> reordered = chain(5);
    reordered.add(0, reordered.remove(3));
    assertEquals(1L, HashChain.firstBroken(reordered));
  }

  @Test
  void aRecomputedHashStillBreaksTheNextLink() {
    List<HashChain.Linked> chain = chain(4);
    HashChain.Linked second = chain.get(1);
    HashChain.Entry altered =
        new HashChain.Entry(7, 2, second.entry().at(), 99, "JUDGEMENT", "judgement:2", "{}");
    chain.set(
        1,
        new HashChain.Linked(
            altered, second.previousHash(), HashChain.hash(second.previousHash(), altered)));
    assertEquals(3L, HashChain.firstBroken(chain));
  }
}
