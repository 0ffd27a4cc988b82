package io.riskwise.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Api;
import io.riskwise.testing.ClusterNode;
import io.riskwise.testing.DatabaseServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database killed (kill -9) while apprentices save drafts, then started again: the node says it
 * is not ready meanwhile, answers again once the database is back without being restarted, and
 * every save it acknowledged is in the database, whole. A database and a node of this test's own,
 * so that the other tests' database is never touched.
 */
class DatabaseFaultIT {
  static DatabaseServer database;
  static ClusterNode node;

  @BeforeAll
  static void start() {
    database = DatabaseServer.create("fault");
    node =
        ClusterNode.start(
            "db-fault", null, 0, Map.of("DB_URL", database.jdbcUrl(), "RISKWISE_DEMO", "true"));
    node.awaitReady(Duration.ofMinutes(5));
  }

  @AfterAll
  static void stop() {
    node.close();
    database.close();
  }

  record Save(String apprentice, String title, int status) {}

  @Test
  void acknowledgedSavesSurviveADatabaseCrashAndTheNodeRecoversAlone() throws Exception {
    Api api = new Api(node.uri().toURL());
    List<String> apprentices =
        List.of("apprentice1", "apprentice2", "apprentice3", "apprentice4", "apprentice5");
    List<Save> saves = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService people = Executors.newFixedThreadPool(apprentices.size());
    for (String apprentice : apprentices) {
      String token = api.token(apprentice);
      JsonObject created = api.post("api/portfolio/assessments", "{}", token).json();
      long id = created.getJsonNumber("id").longValue();
      people.submit(
          () -> {
            long version = created.getJsonNumber("version").longValue();
            for (int turn = 0; !stop.get(); turn++) {
              String title = apprentice + " draft " + turn;
              Api.Reply reply;
              try {
                reply =
                    api.put(
                        "api/portfolio/assessments/" + id,
                        Json.createObjectBuilder()
                            .add("version", version)
                            .add("content", Json.createObjectBuilder().add("title", title))
                            .build()
                            .toString(),
                        token);
              } catch (RuntimeException noAnswer) {
                saves.add(new Save(apprentice, title, 0));
                continue;
              }
              saves.add(new Save(apprentice, title, reply.status()));
              if (reply.status() == 200) {
                version = reply.json().getJsonNumber("version").longValue();
              } else {
                // As a person would: read the draft again before the next save.
                Api.Reply again = api.get("api/portfolio/assessments/" + id, token);
                if (again.status() == 200) {
                  version = again.json().getJsonNumber("version").longValue();
                }
              }
            }
          });
    }
    Thread.sleep(3_000);

    database.kill();
    awaitReadiness(503, "not ready while the database is down");
    Thread.sleep(2_000);
    database.start();
    awaitReadiness(200, "ready again, without a restart, once the database is back");
    int before = saves.size();
    Thread.sleep(5_000);
    stop.set(true);
    people.shutdown();
    assertTrue(people.awaitTermination(1, TimeUnit.MINUTES));

    List<Save> after = List.copyOf(saves.subList(before, saves.size()));
    assertTrue(
        after.stream().filter(s -> s.status() == 200).count() >= apprentices.size(),
        "saves succeed again: " + after);
    for (String apprentice : apprentices) {
      List<Save> own = saves.stream().filter(s -> s.apprentice().equals(apprentice)).toList();
      List<String> sent = own.stream().map(Save::title).toList();
      String acknowledged =
          own.stream().filter(s -> s.status() == 200).reduce((a, b) -> b).orElseThrow().title();
      String stored = storedTitle(apprentice);
      assertTrue(
          sent.contains(stored), apprentice + " holds one whole save that was sent: " + stored);
      assertTrue(
          sent.indexOf(stored) >= sent.indexOf(acknowledged),
          apprentice + " kept " + stored + ", older than the acknowledged " + acknowledged);
    }
    // A save is refused with 503 while no connection can be had. One whose commit the crash cuts
    // is in doubt (the database may have it or not) and still answers 500: the check above proves
    // that nothing half-written is kept either way.
    assertEquals(
        List.of(),
        saves.stream().filter(s -> !List.of(200, 0, 500, 503).contains(s.status())).toList(),
        "while the database is down a save is refused, never half-done");
  }

  private static void awaitReadiness(int status, String what) {
    Instant end = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(end)) {
      if (node.readiness() == status) {
        return;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError(what + ": health never answered " + status);
  }

  private static String storedTitle(String apprentice) throws Exception {
    try (Connection c = DriverManager.getConnection(database.jdbcUrl(), "root", "embedded");
        PreparedStatement s =
            c.prepareStatement(
                "select a.content from risk_assessment a join app_user u on u.id = a.apprentice_id"
                    + " where u.username = ? order by a.id desc limit 1")) {
      s.setString(1, apprentice);
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        return Json.createReader(new StringReader(rows.getString(1)))
            .readObject()
            .getString("title", null);
      }
    }
  }
}
