package io.riskwise.portfolio.control;

import io.riskwise.platform.json.CanonicalJson;
import io.riskwise.portfolio.entity.AssessmentContent;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Risk assessments as JSON (properties in lexicographic order, no empty values, no white space), as
 * a draft stores it and a submitted version freezes it. A version's digest covers the RFC 8785 form
 * of that JSON ({@link io.riskwise.platform.json.CanonicalJson}), not these bytes.
 */
public final class Documents {
  private static final Jsonb JSON =
      JsonbBuilder.create(
          new JsonbConfig()
              .withPropertyOrderStrategy(PropertyOrderStrategy.LEXICOGRAPHICAL)
              .withNullValues(false));

  private Documents() {}

  public static String write(AssessmentContent content) {
    return JSON.toJson(content);
  }

  public static AssessmentContent read(String json) {
    return JSON.fromJson(DocumentSchema.upgrade(json), AssessmentContent.class).normalise();
  }

  /** A deep copy, so a view can edit without touching what was loaded. */
  /**
   * Whether two stored documents hold the same content, whatever schema version and number form
   * each was written in: both upgraded, then compared in RFC 8785 form.
   */
  public static boolean sameContent(String oneJson, String otherJson) {
    return CanonicalJson.of(DocumentSchema.upgrade(oneJson))
        .equals(CanonicalJson.of(DocumentSchema.upgrade(otherJson)));
  }

  public static AssessmentContent copy(AssessmentContent content) {
    return read(write(content));
  }

  /** One field that differs between two versions, with a label a person can read. */
  public record Change(String field, String before, String after) {}

  /** What changed from one version to the next, field by field; stages and risks match by id. */
  public static List<Change> changes(String beforeJson, String afterJson) {
    Map<String, String[]> before = flatten(beforeJson);
    Map<String, String[]> after = flatten(afterJson);
    List<Change> changes = new ArrayList<>();
    after.forEach(
        (path, value) -> {
          String[] old = before.get(path);
          if (old == null || !Objects.equals(old[1], value[1])) {
            changes.add(new Change(value[0], old == null ? null : old[1], value[1]));
          }
        });
    before.forEach(
        (path, value) -> {
          if (!after.containsKey(path)) {
            changes.add(new Change(value[0], value[1], null));
          }
        });
    return changes;
  }

  /**
   * Path to {label, value}; the matrix and computed bands are left out (scores show them), and so
   * is the schema version (not the apprentice's change).
   */
  private static Map<String, String[]> flatten(String json) {
    Map<String, String[]> values = new LinkedHashMap<>();
    JsonObject root = Json.createReader(new StringReader(json)).readObject();
    root.forEach(
        (key, value) -> {
          if (!key.equals("matrix") && !key.equals(DocumentSchema.FIELD)) {
            walk(key, label(key), value, values);
          }
        });
    return values;
  }

  private static void walk(String path, String label, JsonValue value, Map<String, String[]> out) {
    switch (value.getValueType()) {
      case OBJECT ->
          value
              .asJsonObject()
              .forEach(
                  (key, child) -> {
                    if (!key.equals("id") && !key.endsWith("band") && !key.endsWith("Band")) {
                      walk(path + "." + key, label + " > " + label(key), child, out);
                    }
                  });
      case ARRAY -> {
        JsonArray array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
          JsonValue item = array.get(i);
          String key = String.valueOf(i + 1);
          String name = label + " " + key;
          if (item.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject object = item.asJsonObject();
            key = object.getString("id", key);
            String title = object.getString("name", object.getString("description", ""));
            name = title.isBlank() ? name : label + " \"" + shorten(title) + "\"";
          }
          walk(path + "[" + key + "]", name, item, out);
        }
      }
      case STRING ->
          out.put(path, new String[] {label, ((jakarta.json.JsonString) value).getString()});
      default -> out.put(path, new String[] {label, value.toString()});
    }
  }

  private static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 37) + "..." : text;
  }

  /** "consequenceHealthAndSafety" becomes "consequence health and safety". */
  private static String label(String key) {
    String words = key.replaceAll("([A-Z])", " $1").toLowerCase();
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
