package io.riskwise.assessment.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A unit is signed off when every criterion is met, and once at a time. */
class UnitRecordTest {
  static final UnitRecord.Criterion PC1_MET = new UnitRecord.Criterion("INSCS027.PC1", true);
  static final UnitRecord.Criterion PC2_MET = new UnitRecord.Criterion("INSCS027.PC2", true);
  static final UnitRecord.Criterion PC3_OPEN = new UnitRecord.Criterion("INSCS027.PC3", false);
  static final UnitRecord.Criterion K2_OPEN = new UnitRecord.Criterion("INSCS027.K2", false);

  static UnitRecord record(List<UnitRecord.Criterion> criteria, List<SignOff> signOffs) {
    return new UnitRecord(1L, "INSCS027", criteria, signOffs);
  }

  static SignOff signOff(String unit) {
    return new SignOff(1L, unit, 2L, "[]", "0".repeat(64));
  }

  @Test
  void everyCriterionMetSignsTheUnitOff() {
    SignOff signOff =
        record(List.of(PC1_MET, PC2_MET), List.of()).signOff(2L, "[]", "a".repeat(64));
    assertEquals("INSCS027", signOff.getUnitCode());
    assertEquals(1L, signOff.getApprenticeId());
    assertEquals(2L, signOff.getAssessorId());
    assertEquals("a".repeat(64), signOff.getDigest());
    assertEquals(SignOff.State.SIGNED, signOff.state());
  }

  @Test
  void anUnmetCriterionIsNamed() {
    UnitRecord record = record(List.of(PC1_MET, PC3_OPEN, K2_OPEN), List.of());
    assertEquals(
        Optional.of(
            Refusal.conflict(
                "INSCS027 cannot be signed off yet: 2 criteria are not met"
                    + " (INSCS027.PC3, INSCS027.K2).")),
        record.refusal());
    assertThrows(IllegalStateException.class, () -> record.signOff(2L, "[]", "a".repeat(64)));
  }

  @Test
  void aUnitSignedOffIsNotSignedAgainUntilRevoked() {
    SignOff inForce = signOff("INSCS027");
    assertEquals(
        Optional.of(
            Refusal.conflict("INSCS027 is already signed off; revoke it first to sign again.")),
        record(List.of(PC1_MET), List.of(inForce)).refusal());
    inForce.revoke(2L, true, "Wrong evidence");
    assertEquals(Optional.empty(), record(List.of(PC1_MET), List.of(inForce)).refusal());
  }

  @Test
  void anotherUnitsSignOffDoesNotCount() {
    assertEquals(Optional.empty(), record(List.of(PC1_MET), List.of(signOff("C6"))).refusal());
  }
}
