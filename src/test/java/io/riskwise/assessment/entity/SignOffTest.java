package io.riskwise.assessment.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The sign-off as a state machine: every allowed and refused transition. */
class SignOffTest {

  static SignOff signed() {
    return new SignOff(1L, "C6", 2L, "[]", "0".repeat(64));
  }

  @Test
  void aNewSignOffIsSigned() {
    assertEquals(SignOff.State.SIGNED, signed().state());
  }

  @Test
  void signedCanBeCountersignedOrRevoked() {
    SignOff countersigned = signed();
    countersigned.countersign();
    assertEquals(SignOff.State.COUNTERSIGNED, countersigned.state());
    SignOff revoked = signed();
    revoked.revoke(2L, "Wrong unit");
    assertEquals(SignOff.State.REVOKED, revoked.state());
    assertEquals("Wrong unit", revoked.getRevokeReason());
  }

  @Test
  void countersignedCanBeRevokedButNotCountersignedAgain() {
    SignOff signOff = signed();
    signOff.countersign();
    assertThrows(IllegalStateException.class, signOff::countersign);
    signOff.revoke(3L, "IQA referral upheld");
    assertEquals(SignOff.State.REVOKED, signOff.state());
  }

  @Test
  void revokedIsFinal() {
    SignOff signOff = signed();
    signOff.revoke(2L, "Evidence from a simulation");
    assertThrows(IllegalStateException.class, signOff::countersign);
    assertThrows(IllegalStateException.class, () -> signOff.revoke(2L, "again"));
    assertEquals(SignOff.State.REVOKED, signOff.state());
  }
}
