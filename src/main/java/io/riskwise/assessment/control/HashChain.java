package io.riskwise.assessment.control;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The audit trail's hash chain: each entry's hash is SHA-256 of the previous entry's hash followed
 * by the entry's canonical JSON (keys in lexicographic order, no white space). Changing, removing
 * or reordering any entry breaks every hash from it on, which {@link #firstBroken} finds.
 */
public final class HashChain {
  /** The "previous hash" of a centre's first entry. */
  public static final String GENESIS = "0".repeat(64);

  private HashChain() {}

  /** What an entry says; {@code at} is kept to the microsecond, as the database keeps it. */
  public record Entry(
      long centreId,
      long position,
      Instant at,
      long actorId,
      String event,
      String subject,
      String details) {

    public String canonical() {
      Map<String, Object> fields = new TreeMap<>();
      fields.put("actorId", actorId);
      fields.put("at", at.toString());
      fields.put("centreId", centreId);
      fields.put("details", details);
      fields.put("event", event);
      fields.put("position", position);
      fields.put("subject", subject);
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
  }

  /** A stored entry with the hashes it carries. */
  public record Linked(Entry entry, String previousHash, String hash) {}

  public static String hash(String previousHash, Entry entry) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
      sha256.update(entry.canonical().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /**
   * The position of the first entry whose link or hash does not hold, or null when the whole chain
   * is intact. Entries must be given in position order.
   */
  public static Long firstBroken(List<Linked> chain) {
    String previous = GENESIS;
    long expected = 1;
    for (Linked linked : chain) {
      if (linked.entry().position() != expected
          || !linked.previousHash().equals(previous)
          || !linked.hash().equals(hash(previous, linked.entry()))) {
        return expected;
      }
      previous = linked.hash();
      expected++;
    }
    return null;
  }
}
