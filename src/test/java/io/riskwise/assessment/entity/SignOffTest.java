package io.riskwise.assessment.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sign-off as a state machine: every allowed and refused transition, and who may make it. */
class SignOffTest {
  static final long APPRENTICE = 1;
  static final long ASSESSOR = 2;

  static SignOff signed() {
    return new SignOff(APPRENTICE, "C6", ASSESSOR, "[]", "0".repeat(64));
  }

  @Test
  void aNewSignOffIsSigned() {
    assertEquals(SignOff.State.SIGNED, signed().state());
    assertEquals(Optional.empty(), signed().countersignRefusal(APPRENTICE, true));
    assertEquals(Optional.empty(), signed().revokeRefusal(true, "Wrong unit"));
  }

  @Test
  void signedCanBeCountersignedOrRevoked() {
    SignOff countersigned = signed();
    countersigned.countersign(APPRENTICE, true);
    assertEquals(SignOff.State.COUNTERSIGNED, countersigned.state());
    SignOff revoked = signed();
    revoked.revoke(ASSESSOR, true, "  Wrong unit ");
    assertEquals(SignOff.State.REVOKED, revoked.state());
    assertEquals("Wrong unit", revoked.getRevokeReason());
    assertEquals(ASSESSOR, revoked.getRevokedBy());
  }

  @Test
  void countersignedCanBeRevokedButNotCountersignedAgain() {
    SignOff signOff = signed();
    signOff.countersign(APPRENTICE, true);
    assertEquals(
        Optional.of(Refusal.conflict("You have already countersigned it.")),
        signOff.countersignRefusal(APPRENTICE, true));
    assertThrows(IllegalStateException.class, () -> signOff.countersign(APPRENTICE, true));
    signOff.revoke(3L, true, "IQA referral upheld");
    assertEquals(SignOff.State.REVOKED, signOff.state());
  }

  @Test
  void revokedIsFinal() {
    SignOff signOff = signed();
    signOff.revoke(ASSESSOR, true, "Evidence from a simulation");
    assertEquals(
        Optional.of(Refusal.conflict("This sign-off was revoked.")),
        signOff.countersignRefusal(APPRENTICE, true));
    assertEquals(
        Optional.of(Refusal.conflict("This sign-off is already revoked.")),
        signOff.revokeRefusal(true, "again"));
    assertThrows(IllegalStateException.class, () -> signOff.countersign(APPRENTICE, true));
    assertThrows(IllegalStateException.class, () -> signOff.revoke(ASSESSOR, true, "again"));
    assertEquals("Evidence from a simulation", signOff.getRevokeReason());
  }

  @Test
  void onlyTheApprenticeCountersignsAndWithTheDeclaration() {
    SignOff signOff = signed();
    assertEquals(
        Optional.of(Refusal.forbidden("Only the apprentice countersigns their own sign-off.")),
        signOff.countersignRefusal(ASSESSOR, true));
    assertEquals(
        Optional.of(
            Refusal.invalid(
                "declaration", "Confirm that the work is your own and from your real job.")),
        signOff.countersignRefusal(APPRENTICE, false));
    assertThrows(IllegalStateException.class, () -> signOff.countersign(APPRENTICE, false));
    assertNull(signOff.getCountersignedAt());
  }

  @Test
  void onlyTheAssessorOrAnIqaRevokesAndWithAReason() {
    SignOff signOff = signed();
    assertEquals(
        Optional.of(
            Refusal.forbidden("Only the apprentice's assessor or an IQA can revoke a sign-off.")),
        signOff.revokeRefusal(false, "Not mine to revoke"));
    assertEquals(
        Optional.of(Refusal.invalid("reason", "Say why the sign-off is revoked.")),
        signOff.revokeRefusal(true, " "));
    assertThrows(IllegalStateException.class, () -> signOff.revoke(9L, false, "Not mine"));
    assertTrue(signOff.isActive());
  }

  @Test
  void coversTheClaimsAndEvidenceItSigned() {
    SignOff signOff =
        new SignOff(
            APPRENTICE,
            "C6",
            ASSESSOR,
            "[{\"claims\":[{\"mapping\":5},{\"evidence\":12,\"mapping\":6}],\"criterion\":\"C6.1.1\"},"
                + "{\"claims\":[],\"criterion\":\"C6.1.2\",\"signedOffWith\":\"INSCS027\"}]",
            "0".repeat(64));
    assertTrue(signOff.covers(5L, null));
    assertTrue(signOff.covers(null, 12L));
    assertFalse(signOff.covers(7L, null));
    assertFalse(signOff.covers(null, 5L));
  }
}
