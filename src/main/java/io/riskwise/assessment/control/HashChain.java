package io.riskwise.assessment.control;

import io.riskwise.platform.json.CanonicalJson;
import jakarta.json.Json;
import java.time.Instant;
import java.util.List;

/**
 * The audit trail's hash chain: each entry's hash is SHA-256 of the previous entry's hash followed
 * by the entry's canonical JSON (RFC 8785). Changing, removing or reordering any entry breaks every
 * hash from it on, which {@link #firstBroken} finds.
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

    /**
     * The entry's RFC 8785 form. For these fields (whole numbers and strings) it is byte for byte
     * what the JSON-P writer gave before RFC 8785 was adopted, so chains stored earlier verify.
     */
    public String canonical() {
      return CanonicalJson.of(
          Json.createObjectBuilder()
              .add("actorId", actorId)
              .add("at", at.toString())
              .add("centreId", centreId)
              .add("details", details)
              .add("event", event)
              .add("position", position)
              .add("subject", subject)
              .build());
    }
  }

  /** A stored entry with the hashes it carries. */
  public record Linked(Entry entry, String previousHash, String hash) {}

  public static String hash(String previousHash, Entry entry) {
    return CanonicalJson.sha256(previousHash + entry.canonical());
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
