package io.riskwise.testing;

import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * A fresh centre of its own for a test that adds people, cohorts or rules, so that the demo centres
 * other tests count stay as they are. Its people sign in with the demo password.
 *
 * @param admin the centre administrator's username
 * @param assessors two assessors' usernames
 */
public record TestCentre(long id, String code, String admin, String[] assessors) {

  public static TestCentre create() {
    return create("");
  }

  /** A fresh centre whose code starts with the prefix. */
  public static TestCentre create(String prefix) {
    String code = prefix + "T" + Long.toString(System.nanoTime(), 36).toUpperCase();
    String stamp = code.toLowerCase();
    try (Connection c = TestDatabase.connect()) {
      String hash;
      try (PreparedStatement q =
          c.prepareStatement("select password_hash from app_user where username = 'admin1'")) {
        try (ResultSet r = q.executeQuery()) {
          r.next();
          hash = r.getString(1);
        }
      }
      long centre;
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into centre (code, name, created_at) values (?, ?, ?)",
              Statement.RETURN_GENERATED_KEYS)) {
        insert.setString(1, code);
        insert.setString(2, "Test centre " + code);
        insert.setTimestamp(3, Timestamp.from(Instant.now()));
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
          keys.next();
          centre = keys.getLong(1);
        }
      }
      String admin = "admin-" + stamp;
      String[] assessors = {"assessor-a-" + stamp, "assessor-b-" + stamp};
      person(c, centre, admin, "Ada Admin", "CENTRE_ADMIN", hash);
      person(c, centre, assessors[0], "Asha Assessor", "ASSESSOR", hash);
      person(c, centre, assessors[1], "Bill Assessor", "ASSESSOR", hash);
      return new TestCentre(centre, code, admin, assessors);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Adds a person with one role to this centre, signing in with the demo password; an apprentice is
   * allocated to the first assessor. Gives their username.
   */
  /** The body of {@code PUT api/centre/rules}: days and points at which the centre flags. */
  public static String rules(
      int queueFlagDays, int amberIdleDays, int redIdleDays, int amberBehind, int redBehind) {
    return Json.createObjectBuilder()
        .add("queueFlagDays", queueFlagDays)
        .add("amberIdleDays", amberIdleDays)
        .add("redIdleDays", redIdleDays)
        .add("amberBehindPoints", amberBehind)
        .add("redBehindPoints", redBehind)
        .build()
        .toString();
  }

  public String add(String role, String name) {
    String username = role.toLowerCase().replace('_', '-') + "-" + System.nanoTime() + "-" + code;
    try (Connection c = TestDatabase.connect()) {
      String hash;
      try (PreparedStatement q =
          c.prepareStatement("select password_hash from app_user where username = 'admin1'")) {
        try (ResultSet r = q.executeQuery()) {
          r.next();
          hash = r.getString(1);
        }
      }
      long person = person(c, id, username.toLowerCase(), name, role, hash);
      if (role.equals("APPRENTICE")) {
        try (PreparedStatement allocate =
            c.prepareStatement(
                "insert into allocation (assessor_id, apprentice_id, allocated_at)"
                    + " select id, ?, ? from app_user where username = ?")) {
          allocate.setLong(1, person);
          allocate.setTimestamp(2, Timestamp.from(Instant.now()));
          allocate.setString(3, assessors[0]);
          allocate.executeUpdate();
        }
      }
      return username.toLowerCase();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long person(
      Connection c, long centre, String username, String name, String role, String hash)
      throws SQLException {
    long id;
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into app_user (centre_id, username, display_name, email, password_hash,"
                + " active, created_at) values (?, ?, ?, ?, ?, true, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setLong(1, centre);
      insert.setString(2, username);
      insert.setString(3, name);
      insert.setString(4, username + "@test.example");
      insert.setString(5, hash);
      insert.setTimestamp(6, Timestamp.from(Instant.now()));
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
    }
    try (PreparedStatement grant =
        c.prepareStatement("insert into user_role (user_id, role) values (?, ?)")) {
      grant.setLong(1, id);
      grant.setString(2, role);
      grant.executeUpdate();
    }
    return id;
  }
}
