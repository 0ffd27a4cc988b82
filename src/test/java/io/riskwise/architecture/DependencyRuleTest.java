package io.riskwise.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule of docs/architecture.md. The platform depends on no feature. Features depend
 * on the platform and on the features below them in one fixed order, never back up it, so no two
 * features depend on each other:
 *
 * <pre>
 *   demo → assessment → centre → portfolio → learning → catalogue → identity
 * </pre>
 *
 * (each may use any feature to its right), and learning and portfolio share the rating matrix
 * ({@code io.riskwise.rating}), which depends on nothing. A feature that must tell one above it
 * something fires a CDI event defined by itself or by the platform.
 */
class DependencyRuleTest {
  static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.riskwise");

  static final String[] FEATURES = {
    "catalogue", "learning", "portfolio", "assessment", "centre", "identity", "demo", "rating"
  };

  /** Each feature and the features it may use; everyone may use the platform. */
  static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "rating", Set.of(),
          "identity", Set.of(),
          "catalogue", Set.of("identity"),
          "learning", Set.of("catalogue", "identity", "rating"),
          "portfolio", Set.of("learning", "catalogue", "identity", "rating"),
          "centre", Set.of("portfolio", "learning", "catalogue", "identity", "rating"),
          "assessment",
              Set.of("centre", "portfolio", "learning", "catalogue", "identity", "rating"),
          "demo",
              Set.of(
                  "assessment",
                  "centre",
                  "portfolio",
                  "learning",
                  "catalogue",
                  "identity",
                  "rating"));

  @Test
  void platformDependsOnNoFeature() {
    noClasses()
        .that()
        .resideInAPackage("io.riskwise.platform..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            Arrays.stream(FEATURES).map(f -> "io.riskwise." + f + "..").toArray(String[]::new))
        .check(MAIN);
  }

  @Test
  void eachFeatureUsesOnlyTheFeaturesBelowIt() {
    for (String feature : FEATURES) {
      Set<String> forbidden =
          Arrays.stream(FEATURES)
              .filter(other -> !other.equals(feature) && !ALLOWED.get(feature).contains(other))
              .map(other -> "io.riskwise." + other + "..")
              .collect(Collectors.toSet());
      noClasses()
          .that()
          .resideInAPackage("io.riskwise." + feature + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(forbidden.toArray(String[]::new))
          .because(feature + " may use only " + ALLOWED.get(feature) + " and the platform")
          .check(MAIN);
    }
  }

  @Test
  void noCyclesBetweenTopLevelPackages() {
    slices().matching("io.riskwise.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  /**
   * Progress is the centre's: other features tell it of a change with an event after commit ({@code
   * CentreChanged}) and answer its questions through {@code Attainments}, never call it.
   */
  @Test
  void onlyTheCentreUsesItsProgressClasses() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.riskwise.centre..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("io.riskwise.centre..")
                .and(
                    describe("are named Progress*", c -> c.getSimpleName().startsWith("Progress"))))
        .check(MAIN);
  }
}
