package io.riskwise.assessment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.riskwise.platform.json.CanonicalJson;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Audit entries and sign-off evidence stored before RFC 8785 was adopted must still verify. For the
 * values these records hold (whole numbers and any text) their old canonical forms ({@link
 * LegacyForms}) give the same bytes as RFC 8785, so they need no format marker.
 */
class LegacyCanonicalFormsTest {

  /** Every UTF-16 code unit that is not half of a surrogate pair, and a pair (an emoji). */
  static final String EVERY_CHARACTER;

  static {
    StringBuilder text = new StringBuilder();
    for (char c = 0; c < 0xFFFF; c++) {
      if (!Character.isSurrogate(c)) {
        text.append(c);
      }
    }
    EVERY_CHARACTER = text.append('\uFFFF').append("\ud83d\ude00").toString();
  }

  @Test
  void anAuditEntryHasTheBytesItHadBefore() {
    HashChain.Entry entry =
        new HashChain.Entry(
            9_007_199_254_740_991L,
            42,
            Instant.parse("2026-11-22T10:00:00.123456Z"),
            3,
            "JUDGEMENT",
            "judgement:" + EVERY_CHARACTER,
            LegacyForms.details(
                Map.of("criterion", "C6.1.1", "note", EVERY_CHARACTER, "review", 17)));
    assertEquals(LegacyForms.entry(entry), entry.canonical());
  }

  @Test
  void aChainHashedTheOldWayStillVerifies() {
    List<HashChain.Linked> chain = new ArrayList<>();
    String previous = HashChain.GENESIS;
    for (int i = 1; i <= 5; i++) {
      HashChain.Entry entry =
          new HashChain.Entry(
              7,
              i,
              Instant.parse("2026-11-22T10:00:00.123456Z").plusSeconds(i),
              3,
              "SIGN_OFF",
              "sign-off:" + i,
              LegacyForms.details(Map.of("reason", "Reçu \"tard\"\n\t€ " + i, "unit", "C6")));
      String hash = LegacyForms.hash(previous, entry);
      chain.add(new HashChain.Linked(entry, previous, hash));
      previous = hash;
    }
    assertNull(HashChain.firstBroken(chain));
  }

  @Test
  void signOffEvidenceHasTheBytesItHadBefore() {
    JsonArrayBuilder claims =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("mapping", 12)
                    .add("evidenceFile", "ab".repeat(32))
                    .add("evidence", 5));
    String evidence =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("criterion", "C6.1.1")
                    .add("judgement", 30)
                    .add("source", "SUBMISSION")
                    .add("version", 4)
                    .add("versionDigest", "cd".repeat(32))
                    .add("metThrough", "INSCS027.PC1")
                    .add("claims", claims))
            .add(
                Json.createObjectBuilder()
                    .add("signedOffWith", "INSCS027")
                    .add("criterion", EVERY_CHARACTER)
                    .add("claims", Json.createArrayBuilder()))
            .build()
            .toString();
    assertEquals(LegacyForms.sorted(evidence), CanonicalJson.of(evidence));
  }
}
