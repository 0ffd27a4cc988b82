package io.riskwise.portfolio.control;

import io.riskwise.portfolio.entity.AssessmentContent;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The versions of the stored risk assessment document, and the steps that bring an older one up to
 * {@link AssessmentContent#SCHEMA_VERSION}. A document without {@code schemaVersion} is version 1
 * (all stored before the field existed). Drafts are upgraded when read and stored in the current
 * version on their next save; a submitted version is upgraded only in memory, so the text its
 * digest covers never changes.
 *
 * <p>A change to the document's shape adds a version here: bump {@code SCHEMA_VERSION} and append
 * the step that turns the previous shape into the new one.
 */
public final class DocumentSchema {
  static final String FIELD = "schemaVersion";

  /** Step {@code i} turns version {@code i + 1} into version {@code i + 2}. */
  private static final List<UnaryOperator<JsonObject>> STEPS =
      List.of(
          // 1 -> 2: the same shape, now naming its version
          document -> document);

  static {
    if (STEPS.size() != AssessmentContent.SCHEMA_VERSION - 1) {
      throw new IllegalStateException("One upgrade step per schema version");
    }
  }

  private DocumentSchema() {}

  /** The version a stored document was written in. */
  public static int versionOf(JsonObject document) {
    JsonValue version = document.get(FIELD);
    return version != null && version.getValueType() == JsonValue.ValueType.NUMBER
        ? document.getJsonNumber(FIELD).intValueExact()
        : 1;
  }

  /** The stored JSON brought up to the current version; refuses a version newer than this code. */
  public static String upgrade(String json) {
    JsonObject document = Json.createReader(new StringReader(json)).readObject();
    int version = versionOf(document);
    if (version == AssessmentContent.SCHEMA_VERSION) {
      return json;
    }
    if (version < 1 || version > AssessmentContent.SCHEMA_VERSION) {
      throw new IllegalArgumentException("Unknown risk assessment schema version " + version);
    }
    for (int v = version; v < AssessmentContent.SCHEMA_VERSION; v++) {
      document = STEPS.get(v - 1).apply(document);
    }
    JsonObjectBuilder upgraded = Json.createObjectBuilder(document);
    upgraded.add(FIELD, AssessmentContent.SCHEMA_VERSION);
    return upgraded.build().toString();
  }
}
