package io.riskwise.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * A migration that has landed on main may have run on a database somewhere: editing it makes Flyway
 * refuse to start there, or leaves that database different from a fresh one. {@code
 * db/landed-migrations.txt} records the SHA-256 of each landed migration (its text with line
 * endings as \n, so a Windows checkout agrees; a plain {@code sha256sum} on Linux gives the same).
 * A new migration not listed yet is fine until it lands; then its line is added.
 */
class LandedMigrationsTest {
  static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
  static final Path LANDED = Path.of("src/test/resources/db/landed-migrations.txt");

  @Test
  void noLandedMigrationHasChangedOrGone() throws IOException {
    Map<String, String> landed = landed();
    assertTrue(landed.size() >= 10, "the list holds the migrations landed so far");
    List<String> changed = new ArrayList<>();
    landed.forEach(
        (file, recorded) -> {
          Path path = MIGRATIONS.resolve(file);
          if (!Files.exists(path)) {
            changed.add(file + " is gone");
          } else if (!recorded.equals(sha256(path))) {
            changed.add(file + " has changed");
          }
        });
    assertEquals(
        List.of(),
        changed,
        "Landed migrations are never edited, renamed or removed: put the change in a new migration.");
  }

  @Test
  void aMigrationNotLandedYetComesAfterEveryLandedOne() throws IOException {
    Map<String, String> landed = landed();
    MigrationVersion latest =
        landed.keySet().stream()
            .map(LandedMigrationsTest::version)
            .max(MigrationVersion::compareTo)
            .orElseThrow();
    List<String> early = new ArrayList<>();
    for (Path path : migrations()) {
      String file = path.getFileName().toString();
      if (!landed.containsKey(file)) {
        System.out.printf(
            "%s is not in %s yet; once it lands on main, add the line:%n%s  %s%n",
            file, LANDED, sha256(path), file);
        if (version(file).compareTo(latest) <= 0) {
          early.add(file);
        }
      }
    }
    assertEquals(
        List.of(),
        early,
        "A new migration needs a version above " + latest + ", the latest landed one.");
  }

  private static Map<String, String> landed() throws IOException {
    Map<String, String> landed = new TreeMap<>();
    for (String line : Files.readAllLines(LANDED)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] parts = line.trim().split("\\s+");
        landed.put(parts[1], parts[0]);
      }
    }
    return landed;
  }

  private static List<Path> migrations() throws IOException {
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().toList();
    }
  }

  /** "V12_1__what.sql" is version 12.1. */
  private static MigrationVersion version(String file) {
    return MigrationVersion.fromVersion(file.substring(1, file.indexOf("__")).replace('_', '.'));
  }

  private static String sha256(Path path) {
    try {
      String text = Files.readString(path, StandardCharsets.UTF_8).replace("\r\n", "\n");
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
