package io.riskwise.assessment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.riskwise.testing.Api;
import io.riskwise.testing.Multipart;
import io.riskwise.testing.TestCentre;
import io.riskwise.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import javax.imageio.ImageIO;

/**
 * A fresh apprentice of a fresh centre, allocated to the centre's first assessor, who has submitted
 * a risk assessment with claims of every kind the judging page shows: a witness statement and a
 * reflective account on C6.1.6, a photo on C6.2.1, a PDF on C6.2.4, and a risk of the assessment on
 * C6.1.4.
 */
public record JudgingFixture(
    TestCentre centre,
    String apprentice,
    long apprenticeId,
    long assessmentId,
    long versionId,
    long witnessId,
    long reflectionId,
    long photoId,
    long pdfId,
    String riskId) {

  static final String STATEMENT =
      "I watched Nadia warn each customer in the queue that the card reader was down.";
  static final byte[] PDF =
      ("%PDF-1.4\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n"
              + "2 0 obj\n<</Type/Pages/Kids[]/Count 0>>\nendobj\n"
              + "trailer\n<</Root 1 0 R/Size 3>>\n%%EOF\n")
          .getBytes(StandardCharsets.US_ASCII);

  /** A first decision: returned, with C6.1.6 met. */
  public static JsonObject returnedWithOneCriterionMet() {
    return Json.createObjectBuilder()
        .add("outcome", "RETURNED")
        .add("feedback", "C6.1.6 is met; the rest needs more.")
        .add(
            "criteria",
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("criterionId", "C6.1.6").add("status", "MET")))
        .build();
  }

  /** The path a decision on the submitted version is posted to. */
  public String decisionPath() {
    return decisionPath(versionId);
  }

  /** The path a decision on this version is posted to. */
  public static String decisionPath(long versionId) {
    return "api/assessment/submissions/" + versionId + "/decision";
  }

  public static JudgingFixture create(Api api) throws SQLException {
    return create(api, TestCentre.create());
  }

  /** The same at a centre the test made. */
  public static JudgingFixture create(Api api, TestCentre centre) throws SQLException {
    String apprentice = "apprentice-" + centre.code().toLowerCase();
    long apprenticeId = apprentice(centre, apprentice);
    String token = api.token(apprentice);

    Api.Reply created = api.post("api/portfolio/assessments", "{}", token);
    assertEquals(201, created.status(), created.body());
    long assessmentId = created.json().getJsonNumber("id").longValue();
    JsonObject content =
        Json.createObjectBuilder()
            .add("title", "Garden centre tills " + centre.code())
            .add(
                "stages",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("name", "Paying at the till")
                            .add("momentOfTruth", true)
                            .add(
                                "risks",
                                Json.createArrayBuilder()
                                    .add(
                                        Json.createObjectBuilder()
                                            .add("kind", "HEALTH_AND_SAFETY")
                                            .add("description", "Queue blocks the fire exit")
                                            .add("probability", 3)
                                            .add("consequence", 4)
                                            .add("justification", "Saturdays, twice a month")))))
            .build();
    JsonObject saved = save(api, assessmentId, created.json().getInt("version"), content, token);
    String riskId =
        saved
            .getJsonObject("content")
            .getJsonArray("stages")
            .getJsonObject(0)
            .getJsonArray("risks")
            .getJsonObject(0)
            .getString("id");

    long witnessId =
        evidence(
            api,
            token,
            Json.createObjectBuilder()
                .add("kind", "WITNESS_TESTIMONY")
                .add("title", "Card reader down")
                .add("occurredOn", "2026-10-03")
                .add("occasion", "Saturday morning rush")
                .add("body", STATEMENT)
                .add("witnessName", "Grace Mensah")
                .add("witnessRole", "Store manager")
                .add("witnessContact", "grace.mensah@garden.example")
                .build());
    long reflectionId =
        evidence(
            api,
            token,
            Json.createObjectBuilder()
                .add("kind", "REFLECTIVE_ACCOUNT")
                .add("title", "What I learnt about queues")
                .add("occurredOn", "2026-10-05")
                .add("occasion", "After the Saturday shift")
                .add("body", "I think queues are a risk.")
                .build());
    long photoId = upload(api, token, "till-queue.png", "image/png", png());
    long pdfId = upload(api, token, "risk-log.pdf", "application/pdf", PDF);

    map(api, token, Json.createObjectBuilder().add("evidenceId", witnessId), "C6.1.6");
    map(api, token, Json.createObjectBuilder().add("evidenceId", reflectionId), "C6.1.6");
    map(api, token, Json.createObjectBuilder().add("evidenceId", photoId), "C6.2.1");
    map(api, token, Json.createObjectBuilder().add("evidenceId", pdfId), "C6.2.4");
    map(
        api,
        token,
        Json.createObjectBuilder().add("assessmentId", assessmentId).add("part", "risk:" + riskId),
        "C6.1.4");

    Api.Reply submitted = submit(api, assessmentId, saved.getInt("version"), token);
    assertEquals(201, submitted.status(), submitted.body());
    return new JudgingFixture(
        centre,
        apprentice,
        apprenticeId,
        assessmentId,
        latestVersion(assessmentId),
        witnessId,
        reflectionId,
        photoId,
        pdfId,
        riskId);
  }

  public String assessor() {
    return centre.assessors()[0];
  }

  /** Saves a changed title and submits again: the next version, waiting for the assessor. */
  public long resubmit(Api api, String title) throws SQLException {
    Api.Reply submitted = submitAgain(api, title);
    assertEquals(201, submitted.status(), submitted.body());
    return latestVersion(assessmentId);
  }

  /** Reads the draft, saves it with a changed title and submits it: the submission's answer. */
  public Api.Reply submitAgain(Api api, String title) {
    String token = api.token(apprentice);
    JsonObject draft = api.get("api/portfolio/assessments/" + assessmentId, token).json();
    JsonObject content =
        Json.createObjectBuilder(draft.getJsonObject("content")).add("title", title).build();
    JsonObject saved = save(api, assessmentId, draft.getInt("version"), content, token);
    return submit(api, assessmentId, saved.getInt("version"), token);
  }

  /** One more reflective account, claimed for the criterion. */
  void addClaim(Api api, String criterion) {
    String token = api.token(apprentice);
    long id =
        evidence(
            api,
            token,
            Json.createObjectBuilder()
                .add("kind", "REFLECTIVE_ACCOUNT")
                .add("title", "More on " + criterion)
                .add("occurredOn", "2026-10-06")
                .add("occasion", "Monday team huddle")
                .add("body", "What I did for " + criterion + ".")
                .build());
    map(api, token, Json.createObjectBuilder().add("evidenceId", id), criterion);
  }

  public static long latestVersion(long assessmentId) throws SQLException {
    return TestDatabase.count(
        "select max(id) from assessment_version where assessment_id = ?", assessmentId);
  }

  private static JsonObject save(Api api, long id, int version, JsonObject content, String token) {
    Api.Reply saved =
        api.put(
            "api/portfolio/assessments/" + id,
            Json.createObjectBuilder()
                .add("version", version)
                .add("content", content)
                .build()
                .toString(),
            token);
    assertEquals(200, saved.status(), saved.body());
    return saved.json();
  }

  private static Api.Reply submit(Api api, long id, int version, String token) {
    return api.post(
        "api/portfolio/assessments/" + id + "/submissions",
        Json.createObjectBuilder().add("version", version).build().toString(),
        token);
  }

  private static long evidence(Api api, String token, JsonObject item) {
    Api.Reply added = api.post("api/portfolio/evidence", item.toString(), token);
    assertEquals(201, added.status(), added.body());
    return added.json().getJsonNumber("id").longValue();
  }

  private static long upload(Api api, String token, String name, String type, byte[] content) {
    Api.Reply uploaded =
        api.send(
            new Multipart()
                .field("title", "Photo and log: " + name)
                .field("occurredOn", "2026-10-04")
                .field("occasion", "Sunday stock take")
                .file("file", name, type, content)
                .post(
                    api.builder("api/portfolio/evidence", token)
                        .version(java.net.http.HttpClient.Version.HTTP_1_1)));
    assertEquals(201, uploaded.status(), uploaded.body());
    return uploaded.json().getJsonNumber("id").longValue();
  }

  private static void map(
      Api api, String token, jakarta.json.JsonObjectBuilder target, String criterion) {
    Api.Reply mapped =
        api.post(
            "api/portfolio/mappings",
            target.add("criterionId", criterion).build().toString(),
            token);
    assertEquals(201, mapped.status(), mapped.body());
  }

  static byte[] png() {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 40; x++) {
      for (int y = 0; y < 30; y++) {
        image.setRGB(x, y, x < 20 ? 0x1f6b3a : 0x123c69);
      }
    }
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An apprentice of the test centre, with the demo password, allocated to its first assessor. */
  private static long apprentice(TestCentre centre, String username) throws SQLException {
    try (Connection c = TestDatabase.connect()) {
      long id;
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into app_user (centre_id, username, display_name, email, password_hash,"
                  + " active, created_at) select ?, ?, ?, ?, password_hash, true, ? from app_user"
                  + " where username = 'admin1'",
              Statement.RETURN_GENERATED_KEYS)) {
        insert.setLong(1, centre.id());
        insert.setString(2, username);
        insert.setString(3, "Nadia Okoro");
        insert.setString(4, username + "@test.example");
        insert.setTimestamp(5, Timestamp.from(Instant.now()));
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
          keys.next();
          id = keys.getLong(1);
        }
      }
      try (PreparedStatement grant =
          c.prepareStatement("insert into user_role (user_id, role) values (?, 'APPRENTICE')")) {
        grant.setLong(1, id);
        grant.executeUpdate();
      }
      try (PreparedStatement allocate =
          c.prepareStatement(
              "insert into allocation (assessor_id, apprentice_id, allocated_at)"
                  + " values (?, ?, ?)")) {
        allocate.setLong(1, TestDatabase.idOf(centre.assessors()[0]));
        allocate.setLong(2, id);
        allocate.setTimestamp(3, Timestamp.from(Instant.now()));
        allocate.executeUpdate();
      }
      return id;
    }
  }
}
