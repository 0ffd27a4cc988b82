package io.riskwise.assessment.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What each kind of assessor's record can show. */
class AssessorRecordTest {

  @Test
  void questioningShowsKnowledgeOnly() {
    assertTrue(AssessorRecord.Kind.QUESTIONING.canShow(true));
    assertFalse(AssessorRecord.Kind.QUESTIONING.canShow(false));
  }

  @Test
  void observationAndDiscussionShowAnyCriterion() {
    for (AssessorRecord.Kind kind :
        new AssessorRecord.Kind[] {
          AssessorRecord.Kind.OBSERVATION, AssessorRecord.Kind.PROFESSIONAL_DISCUSSION
        }) {
      assertTrue(kind.canShow(true));
      assertTrue(kind.canShow(false));
    }
  }

  @Test
  void aKindReadsAsWords() {
    assertEquals("professional discussion", AssessorRecord.Kind.PROFESSIONAL_DISCUSSION.words());
  }
}
