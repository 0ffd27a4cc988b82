package io.riskwise.portfolio.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A version's digest: RFC 8785 for new versions, the stored bytes for those submitted before. */
class AssessmentVersionTest {
  // Yasson writes a BigDecimal as it was typed; RFC 8785 writes the number 1500.5
  static final String CONTENT = "{\"costBenefits\":[{\"oneOffCost\":1500.50}],\"title\":\"Café\"}";

  // SHA-256 (Python's hashlib) of {"costBenefits":[{"oneOffCost":1500.5}],"title":"Café"}
  static final String RFC_8785_DIGEST =
      "5178e5d04faae392ddc2a1844652673c6000eba6364b30275f7d4584509cde53";

  // SHA-256 (Python's hashlib) of CONTENT's bytes as they are, the rule before RFC 8785
  static final String LEGACY_DIGEST =
      "2d4eec7eff20675d1c6b1b1b57b41c5423ef88a8b25db34c678e4c888e8666e0";

  @Test
  void aNewVersionsDigestCoversTheRfc8785FormOfItsContent() {
    AssessmentVersion version = new AssessmentVersion(1L, 1, CONTENT);
    assertEquals(RFC_8785_DIGEST, version.getDigest());
    assertEquals(CONTENT, version.getContent(), "the content is frozen as written");
    assertTrue(version.digestHolds());
  }

  @Test
  void aVersionSubmittedBeforeRfc8785StillVerifiesByItsStoredBytes() throws Exception {
    assertTrue(stored(CONTENT, LEGACY_DIGEST, null).digestHolds());
    assertFalse(stored(CONTENT, RFC_8785_DIGEST, null).digestHolds(), "the form decides the rule");
    assertFalse(stored(CONTENT, LEGACY_DIGEST, "RFC8785").digestHolds());
  }

  @Test
  void changedContentNoLongerMatchesItsDigestInEitherForm() throws Exception {
    String changed = CONTENT.replace("Café", "Cafe");
    assertFalse(stored(changed, LEGACY_DIGEST, null).digestHolds());
    assertFalse(stored(changed, RFC_8785_DIGEST, "RFC8785").digestHolds());
  }

  /** A version as loaded from the database. */
  private static AssessmentVersion stored(String content, String digest, String form)
      throws Exception {
    var constructor = AssessmentVersion.class.getDeclaredConstructor();
    AssessmentVersion version = constructor.newInstance();
    set(version, "content", content);
    set(version, "digest", digest);
    set(version, "canonicalForm", form);
    return version;
  }

  private static void set(AssessmentVersion version, String field, Object value) throws Exception {
    var declared = AssessmentVersion.class.getDeclaredField(field);
    declared.setAccessible(true);
    declared.set(version, value);
  }
}
