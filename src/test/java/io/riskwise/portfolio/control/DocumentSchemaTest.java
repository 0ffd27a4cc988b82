package io.riskwise.portfolio.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.portfolio.entity.AssessmentContent;
import io.riskwise.portfolio.entity.RiskKind;
import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stored risk assessments of every schema version load as the current one. */
class DocumentSchemaTest {

  /** A draft as stored before documents named their version (canonical form, version 1). */
  static final String VERSION_1 =
      "{\"consultees\":[{\"group\":\"COLLEAGUES\",\"name\":\"Sam\",\"riskIds\":[\"r1\"]}],"
          + "\"costBenefits\":[],\"externalCustomers\":true,\"internalCustomers\":false,"
          + "\"stages\":[{\"id\":\"s1\",\"momentOfTruth\":true,\"name\":\"Arrival\","
          + "\"risks\":[{\"actions\":[],\"consequence\":3,\"description\":\"A long queue\","
          + "\"id\":\"r1\",\"kind\":\"FINANCIAL\",\"probability\":4}]}],"
          + "\"title\":\"Swim school reception\"}";

  static int storedVersion(String json) {
    return DocumentSchema.versionOf(Json.createReader(new StringReader(json)).readObject());
  }

  @Test
  void aDocumentWithoutAVersionIsVersionOne() {
    assertEquals(1, storedVersion(VERSION_1));
  }

  @Test
  void aVersionOneDocumentLoadsWithEverythingInIt() {
    AssessmentContent content = Documents.read(VERSION_1);
    assertEquals("Swim school reception", content.getTitle());
    assertTrue(content.isExternalCustomers());
    assertEquals("Arrival", content.getStages().get(0).getName());
    AssessmentContent.Risk risk = content.risk("r1").orElseThrow();
    assertEquals(RiskKind.FINANCIAL, risk.getKind());
    assertEquals(4, risk.getProbability());
    assertEquals(3, risk.getConsequence());
    assertEquals(List.of("r1"), content.getConsultees().get(0).getRiskIds());
    assertEquals(AssessmentContent.SCHEMA_VERSION, content.getSchemaVersion());
  }

  @Test
  void anUpgradedDocumentIsStoredInTheCurrentVersion() {
    String stored = Documents.write(Documents.read(VERSION_1));
    assertEquals(AssessmentContent.SCHEMA_VERSION, storedVersion(stored));
    assertEquals(stored, Documents.write(Documents.read(stored)), "the upgrade is stable");
  }

  @Test
  void theUpgradeIsNotAChangeOfTheApprentices() {
    String upgraded = Documents.write(Documents.read(VERSION_1));
    assertEquals(List.of(), Documents.changes(VERSION_1, upgraded));
  }

  @Test
  void aCurrentDocumentIsReadAsItIs() {
    String current = Documents.write(Documents.read(VERSION_1));
    assertEquals(current, DocumentSchema.upgrade(current));
  }

  @Test
  void aVersionNewerThanThisCodeIsRefused() {
    String future = "{\"schemaVersion\":" + (AssessmentContent.SCHEMA_VERSION + 1) + "}";
    assertThrows(IllegalArgumentException.class, () -> Documents.read(future));
  }

  @Test
  void aDocumentAsAClientReadItIsAcceptedBack() {
    String sent = Documents.write(Documents.read(VERSION_1));
    jakarta.json.bind.Jsonb strict =
        jakarta.json.bind.JsonbBuilder.create(
            new jakarta.json.bind.JsonbConfig()
                .setProperty("jsonb.fail-on-unknown-properties", true));
    assertEquals(
        "Swim school reception", strict.fromJson(sent, AssessmentContent.class).getTitle());
  }
}
