package io.riskwise.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Production runs on MySQL 8; the tests' embedded MariaDB is started with MySQL 8's default
 * sql_mode (pom.xml, {@code db.sql.mode}) so that what MySQL 8 refuses is refused here too.
 */
class MySql8ModeIT {
  static final Set<String> MYSQL_8_DEFAULT =
      Set.of(
          "ONLY_FULL_GROUP_BY",
          "STRICT_TRANS_TABLES",
          "NO_ZERO_IN_DATE",
          "NO_ZERO_DATE",
          "ERROR_FOR_DIVISION_BY_ZERO",
          "NO_ENGINE_SUBSTITUTION");

  @Test
  void theServerRunsWithMySql8sDefaultSqlMode() throws SQLException {
    String mode = TestDatabase.text("select @@GLOBAL.sql_mode");
    assertEquals(
        new TreeSet<>(MYSQL_8_DEFAULT), new TreeSet<>(Arrays.asList(mode.split(","))), mode);
  }

  @Test
  void aColumnNeitherGroupedNorAggregatedIsRefused() throws SQLException {
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      s.execute("create temporary table grouped (team varchar(10), person varchar(10))");
      s.execute("insert into grouped values ('a', 'x'), ('a', 'y')");
      assertThrows(
          SQLException.class,
          () -> s.executeQuery("select team, person, count(*) from grouped group by team"));
    }
  }

  @Test
  void aValueTooLongOrAZeroDateIsRefusedNotCut() throws SQLException {
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      s.execute("create temporary table strict_check (name varchar(3), day date)");
      assertThrows(
          SQLException.class, () -> s.execute("insert into strict_check (name) values ('four')"));
      assertThrows(
          SQLException.class,
          () -> s.execute("insert into strict_check (day) values ('0000-00-00')"));
      try (var rows = s.executeQuery("select count(*) from strict_check")) {
        rows.next();
        assertTrue(rows.getInt(1) == 0, "nothing was stored");
      }
    }
  }
}
