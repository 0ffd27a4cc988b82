package io.riskwise.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.catalogue.control.TwinRule.Basis;
import io.riskwise.catalogue.control.TwinRule.Judged;
import io.riskwise.catalogue.control.TwinRule.SignedOff;
import io.riskwise.catalogue.control.TwinRule.Standing;
import io.riskwise.catalogue.entity.Catalogue;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The twin rule on the real cross-map (C6 and INSCS027). */
class TwinRuleTest {
  static final Catalogue CATALOGUE = new CatalogueReader().read(CatalogueReaderTest.CONTENT);
  static final LocalDate NOV_12 = LocalDate.of(2026, 11, 12);
  static final LocalDate NOV_20 = LocalDate.of(2026, 11, 20);
  static final Judged MET_BY_PRIYA = new Judged(true, "Priya Shah", NOV_12);
  static final Judged NOT_YET_BY_OMAR = new Judged(false, "Omar Khan", NOV_20);

  static TwinRule rule(Map<String, Judged> latest) {
    return new TwinRule(CATALOGUE, latest, Map.of());
  }

  @Test
  void aCriterionJudgedMetCountsForItsExactTwinsAndSaysWhereItCameFrom() {
    TwinRule rule = rule(Map.of("C6.2.3", MET_BY_PRIYA));

    for (String twin : new String[] {"INSCS027.PC10", "INSCS027.K7"}) {
      Standing standing = rule.of(twin);
      assertTrue(standing.met(), twin);
      assertEquals("C6.2.3", standing.through());
      assertEquals(Basis.JUDGED, standing.basis());
      assertEquals("Priya Shah", standing.by());
      assertEquals(NOV_12, standing.on());
      assertEquals("Met through C6.2.3, judged by Priya Shah on 12 Nov 2026", standing.origin());
    }
    Standing own = rule.of("C6.2.3");
    assertTrue(own.met());
    assertFalse(own.carried());
    assertNull(own.origin());
    assertEquals("Priya Shah", own.by());
  }

  @Test
  void itWorksBothWays() {
    Standing c6 = rule(Map.of("INSCS027.PC8", MET_BY_PRIYA)).of("C6.2.1");
    assertTrue(c6.met());
    assertEquals("INSCS027.PC8", c6.through());
  }

  @Test
  void relatedOnlyLinksNeverCarry() {
    assertFalse(rule(Map.of("C6.ER6d", MET_BY_PRIYA)).of("INSCS027.PC10").met());
    assertFalse(rule(Map.of("INSCS027.PC10", MET_BY_PRIYA)).of("C6.ER6d").met());
    assertFalse(rule(Map.of("INSCS027.PC1", MET_BY_PRIYA)).of("C6.MP1").met());
  }

  @Test
  void onlyOneStep() {
    TwinRule rule = rule(Map.of("C6.2.3", MET_BY_PRIYA));
    assertTrue(rule.of("INSCS027.PC10").met());
    assertFalse(rule.of("C6.3.2").met(), "a twin of a twin is not carried");
  }

  @Test
  void aLaterNotYetMetOfTheTwinWithdrawsWhatItCarried() {
    Standing withdrawn = rule(Map.of("C6.2.3", NOT_YET_BY_OMAR)).of("INSCS027.PC10");
    assertFalse(withdrawn.met());
    assertFalse(withdrawn.carried());
    assertNull(withdrawn.by(), "PC10 itself was never judged");
  }

  @Test
  void aCriterionJudgedNotYetMetItselfIsStillMetThroughATwinJudgedMet() {
    Standing standing =
        rule(Map.of("C6.2.3", MET_BY_PRIYA, "INSCS027.PC10", NOT_YET_BY_OMAR)).of("INSCS027.PC10");
    assertTrue(standing.met());
    assertEquals("C6.2.3", standing.through());
  }

  @Test
  void notMetOnItsOwnJudgementWhenNoTwinIsMet() {
    Standing standing = rule(Map.of("INSCS027.PC10", NOT_YET_BY_OMAR)).of("INSCS027.PC10");
    assertFalse(standing.met());
    assertEquals("Omar Khan", standing.by());
    assertEquals(NOV_20, standing.on());
  }

  @Test
  void aCriterionWithoutTwinIsNeverCarried() {
    TwinRule rule = rule(Map.of("C6.2.3", MET_BY_PRIYA));
    assertFalse(rule.of("INSCS027.PC13").met());
    assertFalse(rule.of("INSCS027.K1").met());
  }

  @Test
  void anActiveSignOffCarriesItsUnitsCriteriaWhenNoJudgementDoes() {
    Map<String, SignedOff> c6 = Map.of("C6", new SignedOff("Priya Shah", NOV_12));
    TwinRule rule = new TwinRule(CATALOGUE, Map.of("C6.2.1", NOT_YET_BY_OMAR), c6);

    Standing pc8 = rule.of("INSCS027.PC8");
    assertTrue(pc8.met());
    assertEquals(Basis.SIGNED_OFF, pc8.basis());
    assertEquals("Met through C6.2.1, C6 signed off by Priya Shah on 12 Nov 2026", pc8.origin());

    TwinRule revoked = new TwinRule(CATALOGUE, Map.of("C6.2.1", NOT_YET_BY_OMAR), Map.of());
    assertFalse(revoked.of("INSCS027.PC8").met(), "a revoked sign-off carries nothing");
  }

  @Test
  void progressCountsPerStandardTheCriteriaMetOnlyThroughATwin() {
    assertEquals(
        Map.of("INSCS027", 2),
        TwinRule.carriedPerStandard(CATALOGUE, Set.of("C6.2.3"), Set.of()),
        "PC10 and K7");
    assertEquals(
        Map.of("INSCS027", 1, "C6", 2),
        TwinRule.carriedPerStandard(
            CATALOGUE, Set.of("C6.2.3", "INSCS027.PC10", "INSCS027.PC8"), Set.of()),
        "K7 (PC10 is met itself); C6.2.1 through PC8 and C6.3.2 through PC10");
    assertEquals(
        Map.of(), TwinRule.carriedPerStandard(CATALOGUE, Set.of("C6.ER6d"), Set.of()), "related");
    assertEquals(
        Map.of("INSCS027", 22),
        TwinRule.carriedPerStandard(CATALOGUE, Set.of(), Set.of("C6")),
        "every exact twin of a signed-off C6");
  }

  @Test
  void aJudgementIsPreferredToASignOffAsTheOrigin() {
    TwinRule rule =
        new TwinRule(
            CATALOGUE,
            Map.of("C6.3.2", MET_BY_PRIYA),
            Map.of("C6", new SignedOff("Omar Khan", NOV_20)));
    Standing pc10 = rule.of("INSCS027.PC10");
    assertEquals("C6.3.2", pc10.through());
    assertEquals(Basis.JUDGED, pc10.basis());
  }
}
