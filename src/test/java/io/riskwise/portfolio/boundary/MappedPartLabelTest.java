package io.riskwise.portfolio.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.riskwise.portfolio.control.Documents;
import io.riskwise.portfolio.entity.AssessmentContent;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a claim on a part of a risk assessment reads, also once the part left the draft. */
class MappedPartLabelTest {

  static AssessmentContent document(String riskDescription) {
    return Documents.read(
        "{\"title\":\"Swim school reception\",\"stages\":[{\"id\":\"s1\",\"name\":\"Arrival\","
            + "\"risks\":[{\"id\":\"r5\",\"kind\":\"FINANCIAL\",\"description\":\""
            + riskDescription
            + "\"}]}]}");
  }

  static final AssessmentContent EMPTY_DRAFT = Documents.read("{\"title\":\"Swim school\"}");

  @Test
  void aPartInTheDocumentIsNamed() {
    AssessmentContent draft = document("A long queue");
    assertEquals(Optional.of("stage 1: Arrival"), draft.partLabel("stage:s1"));
    assertEquals(Optional.of("whole assessment"), draft.partLabel("whole"));
    assertEquals(Optional.of("customers told"), draft.partLabel("customers-told"));
    assertEquals(Optional.empty(), EMPTY_DRAFT.partLabel("risk:r5"));
    assertEquals(
        "Risk assessment \"Swim school reception\", stage 1: Arrival",
        Mappings.describe(draft, draft.partLabel("stage:s1").orElseThrow()));
  }

  @Test
  void aRemovedPartIsNamedFromTheLatestVersionThatHadIt() {
    String risk = document("A long queue").partLabel("risk:r5").orElseThrow();
    String renamed = document("A queue out of the door").partLabel("risk:r5").orElseThrow();
    assertEquals(
        renamed + " (removed from the draft)",
        Mappings.removed(
            List.of(document("A long queue"), document("A queue out of the door")), "risk:r5"));
    assertEquals(
        risk + " (removed from the draft)",
        Mappings.removed(List.of(document("A long queue"), EMPTY_DRAFT), "risk:r5"));
  }

  @Test
  void aRemovedPartNeverSubmittedIsNamedByItsKindNeverItsId() {
    assertEquals("a risk (removed from the draft)", Mappings.removed(List.of(), "risk:r5"));
    assertEquals("a stage (removed from the draft)", Mappings.removed(List.of(), "stage:s2"));
    assertEquals(
        "a part (removed from the draft)", Mappings.removed(List.of(EMPTY_DRAFT), "odd-section"));
  }
}
