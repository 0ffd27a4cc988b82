package io.riskwise.assessment.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical forms as {@code HashChain}, {@code AuditTrail} and {@code SignOffs} wrote them
 * before RFC 8785 was adopted, word for word: oracles for what is already stored.
 */
public final class LegacyForms {
  private LegacyForms() {}

  public static String entry(HashChain.Entry e) {
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

  public static String hash(String previousHash, HashChain.Entry entry) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
      sha256.update(entry(entry).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha256.digest());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static String details(Map<String, ?> details) {
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

  public static String sorted(String json) {
    return sortedValue(Json.createReader(new StringReader(json)).readValue()).toString();
  }

  private static JsonValue sortedValue(JsonValue value) {
    return switch (value.getValueType()) {
      case OBJECT -> {
        JsonObjectBuilder object = Json.createObjectBuilder();
        new TreeMap<>(value.asJsonObject()).forEach((k, v) -> object.add(k, sortedValue(v)));
        yield object.build();
      }
      case ARRAY -> {
        JsonArrayBuilder array = Json.createArrayBuilder();
        value.asJsonArray().forEach(v -> array.add(sortedValue(v)));
        yield array.build();
      }
      default -> value;
    };
  }
}
