package io.riskwise.assessment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.assessment.control.HashChain;
import io.riskwise.assessment.control.LegacyForms;
import io.riskwise.platform.json.CanonicalJson;
import io.riskwise.testing.Api;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.TestCentre;
import io.riskwise.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Digests stored before RFC 8785 was adopted still verify on the real database, and new ones cover
 * the RFC 8785 form: an audit chain written the old way goes on and verifies intact, and a version
 * frozen the old way is still recognised beside one frozen now.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StoredDigestsIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.riskwise();
  }

  @ArquillianResource URL url;

  @Test
  void anAuditChainWrittenBeforeRfc8785GoesOnAndVerifies() throws Exception {
    Api api = new Api(url);
    TestCentre centre = TestCentre.create();
    long admin = TestDatabase.idOf(centre.admin());
    assertEquals(
        0, TestDatabase.count("select count(*) from audit_trail where centre_id = ?", centre.id()));
    String previous = HashChain.GENESIS;
    Instant at = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
    for (int position = 1; position <= 3; position++) {
      String details =
          LegacyForms.details(Map.of("reason", "Reçu \"tard\"\n\t€ 😀 " + position, "unit", "C6"));
      HashChain.Entry entry =
          new HashChain.Entry(
              centre.id(),
              position,
              at.plusSeconds(position),
              admin,
              "SIGN_OFF_REVOKED",
              "sign-off:" + position,
              details);
      String hash = LegacyForms.hash(previous, entry);
      TestDatabase.update(
          "insert into audit_trail (centre_id, position, at, actor_id, event, subject, details,"
              + " prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          centre.id(),
          position,
          LocalDateTime.ofInstant(entry.at(), ZoneOffset.UTC),
          admin,
          entry.event(),
          entry.subject(),
          details,
          previous,
          hash);
      previous = hash;
    }
    // As migration V14 did for every trail written before it: the centre knows its last entry.
    TestDatabase.update("update centre set audit_position = 3 where id = ?", centre.id());
    String token = api.token(centre.admin());
    JsonObject before = api.get("api/audit/verify", token).json();
    assertTrue(before.getBoolean("intact"), before.toString());
    assertEquals(3, before.getJsonNumber("entries").longValue());

    Api.Reply rules = api.put("api/centre/rules", TestCentre.rules(6, 21, 41, 11, 21), token);
    assertEquals(200, rules.status(), rules.body());
    JsonObject after = api.get("api/audit/verify", token).json();
    assertTrue(after.getBoolean("intact"), after.toString());
    assertEquals(4, after.getJsonNumber("entries").longValue());
    HashChain.Entry added = entry(centre.id(), 4);
    assertEquals(
        previous,
        TestDatabase.text(
            "select prev_hash from audit_trail where centre_id = ? and position = 4", centre.id()));
    assertEquals(
        CanonicalJson.sha256(previous + CanonicalJson.of(LegacyForms.entry(added))),
        TestDatabase.text(
            "select hash from audit_trail where centre_id = ? and position = 4", centre.id()),
        "the new entry is hashed over its RFC 8785 form");

    TestDatabase.update(
        "update audit_trail set details = ? where centre_id = ? and position = 2",
        LegacyForms.details(Map.of("reason", "changed", "unit", "C6")),
        centre.id());
    JsonObject tampered = api.get("api/audit/verify", token).json();
    assertEquals(2, tampered.getJsonNumber("firstBrokenEntry").longValue(), tampered.toString());
  }

  @Test
  void aVersionFrozenBeforeRfc8785IsStillRecognisedBesideANewOne() throws Exception {
    Api api = new Api(url);
    TestCentre centre = TestCentre.create();
    String token = api.token(centre.add("APPRENTICE", "Dee Digest"));
    Api.Reply created = api.post("api/portfolio/assessments", "{}", token);
    assertEquals(201, created.status(), created.body());
    long id = created.json().getJsonNumber("id").longValue();
    Api.Reply saved = save(id, created.json().getInt("version"), "Front desk", token);
    assertEquals(200, saved.status(), saved.body());
    String draft = TestDatabase.text("select content from risk_assessment where id = ?", id);
    assertTrue(draft.contains("1500.50"), draft);

    // version 1 as it was stored before: the digest of the stored bytes, no form recorded
    String legacyDigest = CanonicalJson.sha256(draft);
    TestDatabase.update(
        "insert into assessment_version (assessment_id, number, content, digest, submitted_at)"
            + " values (?, 1, ?, ?, ?)",
        id,
        draft,
        legacyDigest,
        LocalDateTime.now(ZoneOffset.UTC).minusDays(1));
    int version = saved.json().getInt("version");
    Api.Reply unchanged = submit(id, version, token);
    assertEquals(409, unchanged.status(), "nothing changed since the old version 1");
    assertTrue(unchanged.json().getString("detail").contains("version 1"), unchanged.body());

    Api.Reply edited = save(id, version, "Front desk and phones", token);
    assertEquals(200, edited.status(), edited.body());
    Api.Reply submitted = submit(id, edited.json().getInt("version"), token);
    assertEquals(201, submitted.status(), submitted.body());
    String frozen =
        TestDatabase.text(
            "select content from assessment_version where assessment_id = ? and number = 2", id);
    assertTrue(frozen.contains("1500.50"), "frozen as written: " + frozen);
    assertEquals(
        "RFC8785",
        TestDatabase.text(
            "select canonical_form from assessment_version where assessment_id = ? and number = 2",
            id));
    String digest = submitted.json().getString("digest");
    assertEquals(CanonicalJson.sha256(CanonicalJson.of(frozen)), digest);
    assertNotEquals(CanonicalJson.sha256(frozen), digest, "1500.50 is 1500.5 in RFC 8785");
    assertEquals(
        legacyDigest,
        TestDatabase.text(
            "select digest from assessment_version where assessment_id = ? and number = 1", id),
        "nothing recomputed the old digest");
  }

  private Api.Reply save(long id, int version, String title, String token) {
    JsonObject content =
        Json.createObjectBuilder()
            .add("title", title)
            .add(
                "costBenefits",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("measure", "A queue barrier")
                            .add("oneOffCost", new BigDecimal("1500.50"))))
            .build();
    return new Api(url)
        .put(
            "api/portfolio/assessments/" + id,
            Json.createObjectBuilder()
                .add("version", version)
                .add("content", content)
                .build()
                .toString(),
            token);
  }

  private Api.Reply submit(long id, int version, String token) {
    return new Api(url)
        .post(
            "api/portfolio/assessments/" + id + "/submissions",
            Json.createObjectBuilder().add("version", version).build().toString(),
            token);
  }

  private static HashChain.Entry entry(long centre, long position) throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement q =
            c.prepareStatement(
                "select at, actor_id, event, subject, details from audit_trail"
                    + " where centre_id = ? and position = ?")) {
      q.setLong(1, centre);
      q.setLong(2, position);
      try (ResultSet r = q.executeQuery()) {
        assertTrue(r.next());
        return new HashChain.Entry(
            centre,
            position,
            r.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC),
            r.getLong(2),
            r.getString(3),
            r.getString(4),
            r.getString(5));
      }
    }
  }
}
