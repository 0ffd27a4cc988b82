package io.riskwise.assessment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.riskwise.platform.json.CanonicalJson;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Audit entries and sign-off evidence stored before RFC 8785 was adopted must still verify. Their
 * old canonical forms are kept here, word for word, as oracles: for the values these records hold
 * (whole numbers and any text) they give the same bytes as RFC 8785, so no format marker is needed.
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
            legacyDetails(Map.of("criterion", "C6.1.1", "note", EVERY_CHARACTER, "review", 17)));
    assertEquals(legacyEntry(entry), entry.canonical());
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
              legacyDetails(Map.of("reason", "Reçu \"tard\"\n\t€ " + i, "unit", "C6")));
      String hash = legacyHash(previous, entry);
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
    assertEquals(legacySorted(evidence), CanonicalJson.of(evidence));
  }

  // --- the forms as they were written before RFC 8785 (HashChain, AuditTrail, SignOffs) ---

  private static String legacyEntry(HashChain.Entry e) {
    Map<String, Object> fields = new TreeMap<>();
    fields.put("actorId", e.actorId());
    fields.put("at", e.at().toString());
    fields.put("centreId", e.centreId());
    fields.put("details", e.details());
    fields.put("event", e.event());
    fields.put("position", e.position());
    fields.put("subject", e.subject());
    JsonObjectBuilder json = Json.createObjectBuilder();
    fields.forEach(
        (key, value) -> {
          if (value instanceof Long number) {
            json.add(key, number);
          } else {
            json.add(key, (String) value);
          }
        });
    return json.build().toString();
  }

  private static String legacyHash(String previousHash, HashChain.Entry entry) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
      sha256.update(legacyEntry(entry).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha256.digest());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String legacyDetails(Map<String, ?> details) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    new TreeMap<>(details)
        .forEach(
            (key, value) -> {
              if (value instanceof Number number) {
                json.add(key, number.longValue());
              } else {
                json.add(key, value.toString());
              }
            });
    return json.build().toString();
  }

  private static String legacySorted(String json) {
    return sorted(Json.createReader(new StringReader(json)).readValue()).toString();
  }

  private static JsonValue sorted(JsonValue value) {
    return switch (value.getValueType()) {
      case OBJECT -> {
        JsonObjectBuilder object = Json.createObjectBuilder();
        new TreeMap<>(value.asJsonObject()).forEach((k, v) -> object.add(k, sorted(v)));
        yield object.build();
      }
      case ARRAY -> {
        JsonArrayBuilder array = Json.createArrayBuilder();
        value.asJsonArray().forEach(v -> array.add(sorted(v)));
        yield array.build();
      }
      default -> value;
    };
  }
}
