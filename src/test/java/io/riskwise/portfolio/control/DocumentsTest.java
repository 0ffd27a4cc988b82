package io.riskwise.portfolio.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.platform.json.CanonicalJson;
import io.riskwise.portfolio.entity.AssessmentContent;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentsTest {

  @Test
  void theSameContentAlwaysGivesTheSameCanonicalJsonAndDigest() {
    AssessmentContent content = ReadinessCheckTest.complete();
    String json = Documents.write(content);
    String again = Documents.write(Documents.read(json));
    assertEquals(json, again);
    assertEquals(CanonicalJson.digest(json), CanonicalJson.digest(again));
    assertEquals(64, CanonicalJson.digest(json).length());
    assertTrue(json.indexOf("\"consultees\"") < json.indexOf("\"stages\""), "keys are sorted");
    assertTrue(!json.contains("\n") && !json.contains("null"), json);
  }

  @Test
  void anyChangeChangesTheDigest() {
    AssessmentContent content = ReadinessCheckTest.complete();
    String before = CanonicalJson.digest(Documents.write(content));
    content.setStaffAwareness(content.getStaffAwareness() + ".");
    assertNotEquals(before, CanonicalJson.digest(Documents.write(content)));
  }

  @Test
  void aKnownDocumentHasAKnownDigest() {
    AssessmentContent content = new AssessmentContent();
    content.setTitle("Café");
    String json = Documents.write(content.normalise());
    assertEquals(
        "{\"consultees\":[],\"costBenefits\":[],\"externalCustomers\":false,"
            + "\"internalCustomers\":false,\"schemaVersion\":2,\"stages\":[],\"title\":\"Café\"}",
        json);
    // the SHA-256 of the same UTF-8 bytes, computed outside Java (sha256sum): this JSON is
    // already in RFC 8785 form, so its digest is that of its bytes
    assertEquals(
        "9f1282aa5dc6cdbe21d334b21c11c22e2c9a9a3c190b1eae93f470ed4342d402",
        CanonicalJson.digest(json));
  }

  @Test
  void theSameContentIsRecognisedWhicheverFormAndSchemaVersionItWasWrittenIn() {
    String frozen = "{\"costBenefits\":[{\"oneOffCost\":1500.50}],\"title\":\"Café\"}";
    assertTrue(Documents.sameContent(frozen, frozen));
    assertTrue(
        Documents.sameContent(
            frozen,
            "{\"schemaVersion\":2,\"title\":\"Café\",\"costBenefits\":[{\"oneOffCost\":1500.5}]}"));
    assertFalse(Documents.sameContent(frozen, frozen.replace("1500.50", "1500.51")));
  }

  @Test
  void changesBetweenVersionsNameTheFieldsInPlainWords() {
    AssessmentContent first = ReadinessCheckTest.complete();
    AssessmentContent second = Documents.copy(first);
    second.getStages().get(1).getRisks().get(0).setProbability(5);
    second.setCustomersTold(null);
    second.getStages().get(2).setName("Complaints and refunds");
    second.rate();
    List<Documents.Change> changes =
        Documents.changes(Documents.write(first), Documents.write(second));
    assertTrue(
        changes.contains(
            new Documents.Change(
                "Stages \"Arrival\" > Risks \"A long queue at the desk on Saturday ...\" > Probability",
                "4",
                "5")),
        changes.toString());
    assertTrue(
        changes.contains(
            new Documents.Change(
                "Customers told",
                "I put a notice at the desk and I texted the lesson families about the Saturday queue.",
                null)),
        changes.toString());
    assertTrue(
        changes.stream()
            .anyMatch(
                c -> c.field().endsWith("> Name") && "Complaints and refunds".equals(c.after())),
        changes.toString());
    assertTrue(changes.stream().anyMatch(c -> c.field().endsWith("> Score")), "the score follows");
  }
}
