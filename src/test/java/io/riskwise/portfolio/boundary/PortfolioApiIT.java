package io.riskwise.portfolio.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.platform.json.CanonicalJson;
import io.riskwise.testing.Api;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.Multipart;
import io.riskwise.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Risk assessments, evidence, uploads, mappings, readiness, submission and exports over REST,
 * against the real database and storage folder. Uploads here are limited to 2 MiB and a 5 MiB quota
 * per apprentice (see the failsafe settings).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortfolioApiIT {
  static final byte[] PDF =
      ("%PDF-1.4\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n"
              + "2 0 obj\n<</Type/Pages/Kids[]/Count 0>>\nendobj\n"
              + "trailer\n<</Root 1 0 R/Size 3>>\n%%EOF\n")
          .getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.riskwise();
  }

  @ArquillianResource URL url;
  Api api;

  @BeforeEach
  void client() {
    api = new Api(url);
  }

  @Test
  void theDemoPortfoliosAreReadyAndNotReadyAsPromised() {
    JsonObject complete = onlyAssessment("apprentice2");
    Api.Reply ready =
        api.get(
            "api/portfolio/assessments/" + complete.getInt("id") + "/readiness",
            api.token("apprentice2"));
    assertEquals(200, ready.status(), ready.body());
    assertTrue(ready.json().getBoolean("ready"), ready.body());

    JsonObject draft = onlyAssessment("apprentice3");
    JsonObject readiness =
        api.get(
                "api/portfolio/assessments/" + draft.getInt("id") + "/readiness",
                api.token("apprentice3"))
            .json();
    assertFalse(readiness.getBoolean("ready"));
    List<String> unmet =
        readiness.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(c -> !c.getBoolean("met"))
            .map(c -> c.getString("requirement"))
            .toList();
    assertTrue(
        unmet.containsAll(List.of("C6.ER6c", "C6.ER7", "C6.ER8b", "INSCS027.PC6")),
        unmet.toString());
    JsonObject er8b =
        readiness.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("requirement").equals("C6.ER8b"))
            .findFirst()
            .orElseThrow();
    assertEquals("MISSING", er8b.getString("verdict"));
    assertEquals(
        "Show at least one risk you judged tolerable, with your reasons for taking no action.",
        er8b.getString("message"));
  }

  @Test
  void aThinDraftIsNamedPlaceByPlaceAndCanStillBeSubmitted() throws Exception {
    String token = api.token(io.riskwise.testing.TestCentre.create().add("APPRENTICE", "Tam Thin"));
    JsonObject created = create(token);
    long id = created.getInt("id");
    JsonObject slip =
        Json.createObjectBuilder()
            .add("kind", "HEALTH_AND_SAFETY")
            .add("description", "slip")
            .add("probability", 2)
            .add("consequence", 3)
            .add("justification", "n/a")
            .build();
    JsonArrayBuilder stages = Json.createArrayBuilder();
    for (String name : List.of("A", "B", "C")) {
      stages.add(
          Json.createObjectBuilder()
              .add("name", name)
              .add("momentOfTruth", true)
              .add("risks", Json.createArrayBuilder().add(slip)));
    }
    JsonObject content = Json.createObjectBuilder().add("stages", stages).build();
    Api.Reply saved = save(id, created.getInt("version"), content, token);
    assertEquals(200, saved.status(), saved.body());

    JsonObject readiness = api.get("api/portfolio/assessments/" + id + "/readiness", token).json();
    JsonObject mp2 =
        readiness.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("requirement").equals("C6.MP2"))
            .findFirst()
            .orElseThrow();
    assertEquals("THIN", mp2.getString("verdict"), mp2.toString());
    assertFalse(mp2.getBoolean("met"));
    assertEquals(
        List.of("risk-r1", "risk-r2", "risk-r3"),
        mp2.getJsonArray("places").getValuesAs(JsonObject.class).stream()
            .map(p -> p.getString("field"))
            .toList(),
        "every risk with a thin justification is named");
    assertTrue(
        mp2.getJsonArray("places").getJsonObject(0).getString("message").contains("says only"),
        mp2.toString());

    Api.Reply submitted = submit(id, saved.json().getInt("version"), token);
    assertEquals(201, submitted.status(), "thin never blocks a submission: " + submitted.body());
  }

  @Test
  void differentOccasionsCountOnlyEvidenceMappedToThisUnit() {
    String token =
        api.token(io.riskwise.testing.TestCentre.create().add("APPRENTICE", "Oli Occasions"));
    JsonObject created = create(token);
    long id = created.getInt("id");
    JsonObject unrelated =
        Json.createObjectBuilder()
            .add("kind", "REFLECTIVE_ACCOUNT")
            .add("title", "My first week on the phones")
            .add("occurredOn", "2026-08-03")
            .add("occasion", "Induction")
            .add("body", "I learned the phone system and the greeting.")
            .build();
    int unrelatedId =
        api.post("api/portfolio/evidence", unrelated.toString(), token).json().getInt("id");
    api.post(
        "api/portfolio/mappings",
        Json.createObjectBuilder()
            .add("criterionId", "INSCS016.PC1")
            .add("evidenceId", unrelatedId)
            .build()
            .toString(),
        token);
    assertEquals("MISSING", er3(id, token).getString("verdict"), "unrelated evidence");

    JsonObject witness =
        Json.createObjectBuilder(unrelated)
            .add("title", "Queue review with the duty manager")
            .add("occurredOn", "2026-10-02")
            .add("occasion", "Saturday queue")
            .add("body", "We timed the queue together before and after the second desk.")
            .build();
    int witnessId =
        api.post("api/portfolio/evidence", witness.toString(), token).json().getInt("id");
    Api.Reply mapped =
        api.post(
            "api/portfolio/mappings",
            Json.createObjectBuilder()
                .add("criterionId", "INSCS027.PC12")
                .add("evidenceId", witnessId)
                .build()
                .toString(),
            token);
    assertEquals(201, mapped.status(), mapped.body());
    JsonObject readiness = api.get("api/portfolio/assessments/" + id + "/readiness", token).json();
    assertEquals(
        List.of("2026-10-02"),
        readiness.getJsonArray("occasions").getValuesAs(JsonObject.class).stream()
            .map(o -> o.getString("date"))
            .toList(),
        "only the evidence mapped to C6 or its INSCS027 twins is counted: " + readiness);
    assertEquals(
        "Queue review with the duty manager (Saturday queue)",
        readiness.getJsonArray("occasions").getJsonObject(0).getString("occasion"));
  }

  private JsonObject er3(long id, String token) {
    return api
        .get("api/portfolio/assessments/" + id + "/readiness", token)
        .json()
        .getJsonArray("checks")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(c -> c.getString("requirement").equals("C6.ER3"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void ratingsAreComputedOnTheServerFromTheCentresMatrix() throws Exception {
    String token = api.token("apprentice1");
    JsonObject created = create(token);
    long id = created.getInt("id");
    JsonObject risk =
        Json.createObjectBuilder()
            .add("kind", "FINANCIAL")
            .add("description", "Refunds paid twice")
            .add("probability", 4)
            .add("consequence", 3)
            .add("score", 99)
            .add("band", "LOW")
            .build();
    Api.Reply saved = save(id, created.getInt("version"), content(risk), token);
    assertEquals(200, saved.status(), saved.body());
    JsonObject stored = firstRisk(saved.json());
    assertEquals(12, stored.getInt("score"));
    assertEquals("MEDIUM", stored.getString("band"));
    assertEquals(5, saved.json().getJsonObject("content").getJsonObject("matrix").getInt("size"));

    int version = saved.json().getInt("version");
    String before = storedContent(id);
    JsonObject offTheScale = Json.createObjectBuilder(risk).add("probability", 6).build();
    Api.Reply refused = save(id, version, content(offTheScale), token);
    assertEquals(400, refused.status(), refused.body());
    assertEquals(
        "stages[0].risks[0].probability",
        refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(before, storedContent(id), "nothing changed");
  }

  @Test
  void aCentresOwnMatrixRatesItsNewAssessments() {
    String admin = api.token("northgate-admin");
    JsonObject threeByThree =
        Json.createObjectBuilder()
            .add("size", 3)
            .add(
                "probabilityLabels",
                Json.createArrayBuilder(List.of("Unlikely", "Possible", "Likely")))
            .add(
                "consequenceLabels", Json.createArrayBuilder(List.of("Minor", "Moderate", "Major")))
            .add("lowMax", 2)
            .add("mediumMax", 4)
            .build();
    Api.Reply chosen = api.put("api/centre/matrix", threeByThree.toString(), admin);
    assertEquals(200, chosen.status(), chosen.body());
    JsonObject falling = Json.createObjectBuilder(threeByThree).add("mediumMax", 1).build();
    Api.Reply refused = api.put("api/centre/matrix", falling.toString(), admin);
    assertEquals(400, refused.status());
    assertEquals(
        403,
        api.put("api/centre/matrix", threeByThree.toString(), api.token("northgate-apprentice"))
            .status());

    String apprentice = api.token("northgate-apprentice");
    JsonObject created = create(apprentice);
    JsonObject risk =
        Json.createObjectBuilder()
            .add("kind", "REPUTATIONAL")
            .add("description", "Late call-backs")
            .add("probability", 2)
            .add("consequence", 3)
            .build();
    Api.Reply saved =
        save(created.getInt("id"), created.getInt("version"), content(risk), apprentice);
    assertEquals(200, saved.status(), saved.body());
    assertEquals(6, firstRisk(saved.json()).getInt("score"));
    assertEquals("HIGH", firstRisk(saved.json()).getString("band"));
    Api.Reply offScale =
        save(
            created.getInt("id"),
            saved.json().getInt("version"),
            content(Json.createObjectBuilder(risk).add("probability", 4).build()),
            apprentice);
    assertEquals(400, offScale.status());
    assertEquals(5, api.get("api/centre/matrix", api.token("apprentice1")).json().getInt("size"));
  }

  @Test
  void blankPartsAreLeftOutOfWhatIsStored() throws Exception {
    String token = api.token(io.riskwise.testing.TestCentre.create().add("APPRENTICE", "Bo Blank"));
    JsonObject created = create(token);
    long id = created.getInt("id");
    JsonObject described =
        Json.createObjectBuilder()
            .add("kind", "FINANCIAL")
            .add("description", "Refunds paid twice")
            .add(
                "actions",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("status", "PLANNED")))
            .build();
    JsonObject content =
        Json.createObjectBuilder()
            .add(
                "stages",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("name", "Refunds")
                            .add(
                                "risks",
                                Json.createArrayBuilder()
                                    .add(described)
                                    .add(Json.createObjectBuilder().add("kind", "FINANCIAL"))))
                    .add(Json.createObjectBuilder()))
            .add("consultees", Json.createArrayBuilder().add(Json.createObjectBuilder()))
            .build();

    Api.Reply saved = save(id, created.getInt("version"), content, token);

    assertEquals(200, saved.status(), saved.body());
    JsonObject stored = saved.json().getJsonObject("content");
    assertEquals(1, stored.getJsonArray("stages").size(), "the blank stage is left out");
    JsonArray risks = stored.getJsonArray("stages").getJsonObject(0).getJsonArray("risks");
    assertEquals(1, risks.size(), "the blank risk is left out");
    assertTrue(risks.getJsonObject(0).getJsonArray("actions").isEmpty(), "and the blank action");
    assertFalse(storedContent(id).contains("consultees\":[{"), storedContent(id));
  }

  @Test
  void aStaleSaveFromAnotherTabIsAConflictAndLosesNothing() throws Exception {
    String token = api.token("apprentice1");
    JsonObject created = create(token);
    long id = created.getInt("id");
    int opened = created.getInt("version");
    Api.Reply firstTab = save(id, opened, titled("First tab's title"), token);
    assertEquals(200, firstTab.status(), firstTab.body());
    Api.Reply secondTab = save(id, opened, titled("Second tab's title"), token);
    assertEquals(409, secondTab.status(), secondTab.body());
    assertTrue(secondTab.json().getString("detail").contains("another tab"), secondTab.body());
    assertTrue(storedContent(id).contains("First tab's title"));
    assertEquals(
        "First tab's title",
        api.get("api/portfolio/assessments/" + id, token)
            .json()
            .getJsonObject("content")
            .getString("title"));
  }

  @Test
  void aClaimOnAPartRemovedFromTheDraftSaysSoAndTheAssessorSeesItAsSubmitted() throws Exception {
    io.riskwise.testing.TestCentre centre = io.riskwise.testing.TestCentre.create();
    String token = api.token(centre.add("APPRENTICE", "Rae Removed"));
    JsonObject created = create(token);
    long id = created.getInt("id");
    Api.Reply first =
        save(
            id,
            created.getInt("version"),
            stage(risk("r1", "HEALTH_AND_SAFETY", "Queue blocks the fire exit")),
            token);
    assertEquals(200, first.status(), first.body());
    map(id, "risk:r1", "INSCS027.PC4", token);
    Api.Reply submitted = submit(id, first.json().getInt("version"), token);
    assertEquals(201, submitted.status(), submitted.body());
    long versionId =
        Long.parseLong(
            TestDatabase.text(
                "select id from assessment_version where assessment_id = ? and number = 1", id));

    // r1 leaves the draft after it was submitted; r2 comes and goes without being submitted
    Api.Reply second =
        save(
            id,
            first.json().getInt("version"),
            stage(risk("r2", "REPUTATIONAL", "Coffee spilt on a customer")),
            token);
    assertEquals(200, second.status(), second.body());
    map(id, "risk:r2", "INSCS027.PC3", token);
    Api.Reply third =
        save(
            id,
            second.json().getInt("version"),
            stage(risk("r3", "FINANCIAL", "Refunds paid twice")),
            token);
    assertEquals(200, third.status(), third.body());

    List<String> labels =
        api.get("api/portfolio/mappings", token).structure().asJsonArray().stream()
            .map(m -> m.asJsonObject().getString("evidence"))
            .sorted()
            .toList();
    assertEquals(
        List.of(
            "Risk assessment \"Front desk\", a risk (removed from the draft)",
            "Risk assessment \"Front desk\", risk: Queue blocks the fire exit"
                + " (removed from the draft)"),
        labels);

    Api.Reply review =
        api.get("api/assessment/submissions/" + versionId, api.token(centre.assessors()[0]));
    assertEquals(200, review.status(), review.body());
    JsonObject claim =
        review.json().getJsonArray("claims").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("part").equals("risk:r1"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "Risk assessment \"Front desk\", risk: Queue blocks the fire exit",
        claim.getString("evidence"),
        "judged against the version submitted, not the draft");
  }

  void map(long assessmentId, String part, String criterionId, String token) {
    Api.Reply mapped =
        api.post(
            "api/portfolio/mappings",
            Json.createObjectBuilder()
                .add("criterionId", criterionId)
                .add("assessmentId", assessmentId)
                .add("part", part)
                .build()
                .toString(),
            token);
    assertEquals(201, mapped.status(), mapped.body());
  }

  static JsonObject risk(String id, String kind, String description) {
    return Json.createObjectBuilder()
        .add("id", id)
        .add("kind", kind)
        .add("description", description)
        .add("probability", 3)
        .add("consequence", 3)
        .add("justification", "Seen on a busy Saturday.")
        .build();
  }

  static JsonObject stage(JsonObject risk) {
    return Json.createObjectBuilder()
        .add("title", "Front desk")
        .add(
            "stages",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("id", "s1")
                        .add("name", "Arrival")
                        .add("momentOfTruth", true)
                        .add("risks", Json.createArrayBuilder().add(risk))))
        .build();
  }

  @Test
  void submittingFreezesAVersionWithTheDigestOfItsContent() throws Exception {
    String token = api.token("apprentice1");
    JsonObject created = create(token);
    long id = created.getInt("id");
    Api.Reply saved = save(id, created.getInt("version"), titled("Front desk"), token);
    int version = saved.json().getInt("version");

    Api.Reply submitted = submit(id, version, token);
    assertEquals(201, submitted.status(), submitted.body());
    String frozen =
        TestDatabase.text(
            "select content from assessment_version where assessment_id = ? and number = 1", id);
    assertEquals(CanonicalJson.digest(frozen), submitted.json().getString("digest"));
    assertEquals(409, submit(id, version, token).status(), "nothing changed since version 1");

    Api.Reply edited = save(id, version, titled("Front desk and phones"), token);
    assertEquals(200, edited.status());
    assertEquals(
        frozen,
        TestDatabase.text(
            "select content from assessment_version where assessment_id = ? and number = 1", id),
        "the submitted version never changes");
    assertEquals(409, submit(id, version, token).status(), "a stale draft cannot be submitted");
    assertEquals(201, submit(id, edited.json().getInt("version"), token).status());

    JsonObject second =
        api.get("api/portfolio/assessments/" + id + "/versions", token)
            .structure()
            .asJsonArray()
            .getJsonObject(1);
    JsonObject change = second.getJsonArray("changes").getJsonObject(0);
    assertEquals("Title", change.getString("field"));
    assertEquals("Front desk", change.getString("before"));
    assertEquals("Front desk and phones", change.getString("after"));
    assertEquals(
        "Front desk",
        api.get("api/portfolio/assessments/" + id + "/versions/1", token)
            .json()
            .getJsonObject("content")
            .getString("title"));
  }

  @Test
  void anUploadIsKeptByItsDigestAndComesBackOnlyAsAnAttachment() throws Exception {
    String token = api.token("apprentice4");
    Api.Reply uploaded = upload(token, "Risk log – café.pdf", PDF);
    assertEquals(201, uploaded.status(), uploaded.body());
    JsonObject file = uploaded.json().getJsonObject("file");
    assertEquals("application/pdf", file.getString("type"));
    assertEquals(sha256(PDF), file.getString("sha256"));
    Path stored = storage().resolve(sha256(PDF).substring(0, 2)).resolve(sha256(PDF));
    assertArrayEquals(PDF, Files.readAllBytes(stored));

    HttpResponse<byte[]> download =
        api.sendBytes(
            api.builder("api/portfolio/evidence/" + uploaded.json().getInt("id") + "/file", token)
                .GET());
    assertEquals(200, download.statusCode());
    assertArrayEquals(PDF, download.body());
    assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(null));
    assertEquals(
        "attachment; filename=\"Risk log _ cafe.pdf\"; filename*=UTF-8''Risk%20log%20%E2%80%93%20caf%C3%A9.pdf",
        download.headers().firstValue("Content-Disposition").orElse(null));
    assertTrue(
        download.headers().firstValue("Content-Type").orElseThrow().startsWith("application/pdf"));

    assertEquals(
        404,
        api.get(
                "api/portfolio/evidence/" + uploaded.json().getInt("id") + "/file",
                api.token("apprentice1"))
            .status(),
        "another apprentice");
    assertEquals(
        404,
        api.get(
                "api/portfolio/evidence/" + uploaded.json().getInt("id") + "/file",
                api.token("northgate-admin"))
            .status(),
        "another centre");
    assertEquals(
        200,
        api.get("api/portfolio/evidence/" + uploaded.json().getInt("id"), api.token("assessor2"))
            .status(),
        "apprentice4's assessor");
  }

  @Test
  void abusiveUploadsAreRefusedWithNothingStored() throws Exception {
    String token = api.token("apprentice6");
    long items = evidenceCount("apprentice6");
    long files = filesInStorage();
    record Abuse(String name, byte[] content, int status, String says) {}
    byte[] zip = zip();
    List<Abuse> abuses =
        List.of(
            new Abuse("photo.pdf", PNG, 415, "content is not"),
            new Abuse("invoice.exe.pdf", PDF, 415, "two extensions"),
            new Abuse("../../etc/passwd.pdf", PDF, 400, "plain name"),
            new Abuse("folder/report.pdf", PDF, 400, "plain name"),
            new Abuse("C:report.pdf", PDF, 400, "plain name"),
            new Abuse("empty.pdf", new byte[0], 400, "empty"),
            new Abuse("briefing.docx", zip, 415, "Archives"),
            new Abuse("setup.exe", new byte[] {'M', 'Z', 0, 0}, 415, "not accepted"),
            new Abuse("big.pdf", padded(2 * 1024 * 1024 + 1), 413, "larger than"),
            new Abuse("huge.pdf", padded(4 * 1024 * 1024), 413, "larger than"));
    for (Abuse abuse : abuses) {
      Api.Reply reply = upload(token, abuse.name(), abuse.content());
      assertEquals(abuse.status(), reply.status(), abuse.name() + ": " + reply.body());
      assertTrue(
          reply.json().getString("detail").contains(abuse.says()),
          abuse.name() + ": " + reply.body());
    }
    assertEquals(items, evidenceCount("apprentice6"), "no evidence row");
    assertEquals(files, filesInStorage(), "no file kept");
    try (Stream<Path> incoming = Files.list(storage().resolve("incoming"))) {
      assertEquals(0, incoming.count(), "no temporary file left");
    }
  }

  @Test
  void anApprenticesFilesStayWithinTheirQuota() throws Exception {
    String token = api.token("apprentice5");
    for (int i = 0; i < 2; i++) {
      byte[] file = padded(2 * 1024 * 1024 - 100 - i);
      assertEquals(201, upload(token, "minutes-" + i + ".pdf", file).status());
    }
    Api.Reply third = upload(token, "minutes-3.pdf", padded(2 * 1024 * 1024 - 200));
    assertEquals(413, third.status(), third.body());
    assertTrue(third.json().getString("detail").contains("allowance of 5 MB"), third.body());
  }

  @Test
  void evidenceWithoutAFileIsCheckedFieldByField() throws Exception {
    String token = api.token("apprentice1");
    long before = evidenceCount("apprentice1");
    JsonObject witness =
        Json.createObjectBuilder()
            .add("kind", "WITNESS_TESTIMONY")
            .add("title", "Supervisor's statement")
            .add("occurredOn", "2026-10-02")
            .add("occasion", "Busy Monday at the desk")
            .build();
    Api.Reply refused = api.post("api/portfolio/evidence", witness.toString(), token);
    assertEquals(400, refused.status());
    List<String> fields =
        refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .toList();
    assertEquals(List.of("witnessName", "witnessRole", "witnessContact", "body"), fields);
    assertEquals(before, evidenceCount("apprentice1"));
    JsonObject complete =
        Json.createObjectBuilder(witness)
            .add("witnessName", "Dee Marsh")
            .add("witnessRole", "Duty manager")
            .add("witnessContact", "dee.marsh@example.org")
            .add("body", "I watched her brief the Saturday team on the queue risk.")
            .build();
    Api.Reply added = api.post("api/portfolio/evidence", complete.toString(), token);
    assertEquals(201, added.status(), added.body());
    Api.Reply future =
        api.post(
            "api/portfolio/evidence",
            Json.createObjectBuilder(complete).add("occurredOn", "2099-01-01").build().toString(),
            token);
    assertEquals(400, future.status());
    assertEquals(
        403,
        api.post("api/portfolio/evidence", complete.toString(), api.token("assessor1")).status());
  }

  @Test
  void aMappingShowsItsCrossMappedTwinAndFillsTheGrid() {
    String token = api.token("apprentice1");
    JsonObject reflective =
        Json.createObjectBuilder()
            .add("kind", "REFLECTIVE_ACCOUNT")
            .add("title", "How I judged the queue risk")
            .add("occurredOn", "2026-10-09")
            .add("occasion", "Team meeting")
            .add("body", "I estimated how often the queue passes ten people.")
            .build();
    int evidenceId =
        api.post("api/portfolio/evidence", reflective.toString(), token).json().getInt("id");
    String claim =
        Json.createObjectBuilder()
            .add("criterionId", "INSCS027.PC8")
            .add("evidenceId", evidenceId)
            .build()
            .toString();
    Api.Reply mapped = api.post("api/portfolio/mappings", claim, token);
    assertEquals(201, mapped.status(), mapped.body());
    assertTrue(mapped.json().getJsonArray("twins").toString().contains("C6.2.1"), mapped.body());
    assertEquals(409, api.post("api/portfolio/mappings", claim, token).status());

    JsonObject grid = api.get("api/portfolio/grid?unit=C6", token).json();
    JsonObject row =
        grid
            .getJsonArray("units")
            .getJsonObject(0)
            .getJsonArray("rows")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(r -> r.getString("criterionId").equals("C6.2.1"))
            .findFirst()
            .orElseThrow();
    JsonObject entry = row.getJsonArray("evidence").getJsonObject(0);
    assertEquals("Reflective account: How I judged the queue risk", entry.getString("label"));
    assertEquals("INSCS027.PC8", entry.getString("via"));

    String othersEvidence =
        Json.createObjectBuilder()
            .add("criterionId", "C6.1.1")
            .add("evidenceId", evidenceId)
            .build()
            .toString();
    assertEquals(
        400, api.post("api/portfolio/mappings", othersEvidence, api.token("apprentice2")).status());
    assertEquals(
        400,
        api.post(
                "api/portfolio/mappings",
                Json.createObjectBuilder()
                    .add("criterionId", "C6.9.9")
                    .add("evidenceId", evidenceId)
                    .build()
                    .toString(),
                token)
            .status());
  }

  @Test
  void anotherApprenticeAssessorOrCentreCannotReadOrChangeAnAssessment() {
    int id = onlyAssessment("apprentice2").getInt("id");
    String path = "api/portfolio/assessments/" + id;
    assertEquals(200, api.get(path, api.token("apprentice2")).status());
    assertEquals(200, api.get(path, api.token("assessor1")).status());
    assertEquals(404, api.get(path, api.token("apprentice1")).status());
    assertEquals(404, api.get(path, api.token("assessor2")).status());
    assertEquals(404, api.get(path, api.token("northgate-admin")).status());
    String draft = titled("Taken over").toString();
    assertEquals(
        404,
        save(
                id,
                1,
                Json.createReader(new java.io.StringReader(draft)).readObject(),
                api.token("apprentice1"))
            .status());
    assertEquals(
        403,
        save(
                id,
                1,
                Json.createReader(new java.io.StringReader(draft)).readObject(),
                api.token("assessor1"))
            .status());
    assertEquals(
        404,
        api.send(
                api.builder(path + "/pdf", api.token("northgate-apprentice"))
                    .setHeader("Accept", "*/*")
                    .GET())
            .status());
  }

  @Test
  void theAssessmentAndThePortfolioExportAsPdfAttachmentsNamedAfterTheirTitleAndDate() {
    JsonObject assessment = onlyAssessment("apprentice2");
    String title =
        assessment.getString("title").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
    Map<String, String> names =
        Map.of(
            "api/portfolio/assessments/" + assessment.getInt("id") + "/pdf",
            "attachment; filename=\""
                + title
                + "(-risk-assessment)?-\\d{4}-\\d{2}-\\d{2}\\.pdf\".*",
            "api/portfolio/pdf?apprentice=" + TestDatabase.idOf("apprentice2"),
            "attachment; filename=\"Portfolio-[A-Za-z-]+-" + today + "\\.pdf\".*");
    names.forEach(
        (path, name) -> {
          HttpResponse<byte[]> pdf =
              api.sendBytes(
                  api.builder(path, api.token("assessor1"))
                      .header("Accept", "application/pdf")
                      .GET());
          assertEquals(200, pdf.statusCode(), path);
          assertEquals("%PDF", new String(Arrays.copyOf(pdf.body(), 4), StandardCharsets.US_ASCII));
          String disposition = pdf.headers().firstValue("Content-Disposition").orElseThrow();
          assertTrue(disposition.matches(name), disposition);
        });
  }

  @Test
  void portfolioListsTakeAFixedNumberOfStatementsWhateverTheirSize() throws Exception {
    String assessor = api.token("assessor1");
    for (String list : List.of("mappings", "grid", "evidence", "assessments")) {
      long large =
          statementsFor(
              "api/portfolio/" + list + "?apprentice=" + TestDatabase.idOf("apprentice2"),
              assessor);
      long small =
          statementsFor(
              "api/portfolio/" + list + "?apprentice=" + TestDatabase.idOf("apprentice3"),
              assessor);
      assertEquals(small, large, list + ": apprentice2's many mappings cost no more than a few");
    }
  }

  long statementsFor(String path, String token) {
    api.get(path, token);
    Api.Reply reply = api.get(path, token);
    assertEquals(200, reply.status(), path);
    return reply.statements();
  }

  JsonObject onlyAssessment(String apprentice) {
    Api.Reply list = api.get("api/portfolio/assessments", api.token(apprentice));
    assertEquals(200, list.status(), list.body());
    return list.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
        .reduce((first, second) -> second)
        .orElseThrow();
  }

  JsonObject create(String token) {
    Api.Reply created = api.post("api/portfolio/assessments", "{}", token);
    assertEquals(201, created.status(), created.body());
    return created.json();
  }

  Api.Reply save(long id, int version, JsonObject content, String token) {
    return api.put(
        "api/portfolio/assessments/" + id,
        Json.createObjectBuilder()
            .add("version", version)
            .add("content", content)
            .build()
            .toString(),
        token);
  }

  Api.Reply submit(long id, int version, String token) {
    return api.post(
        "api/portfolio/assessments/" + id + "/submissions",
        Json.createObjectBuilder().add("version", version).build().toString(),
        token);
  }

  /** As a browser would, but asking before sending the body, so an early 413 is read cleanly. */
  Api.Reply upload(String token, String name, byte[] content) {
    return api.send(
        new Multipart()
            .field("title", "Evidence " + name)
            .field("occurredOn", "2026-10-01")
            .field("occasion", "Monday morning shift")
            .file("file", name, "application/octet-stream", content)
            .post(
                api.builder("api/portfolio/evidence", token)
                    .version(java.net.http.HttpClient.Version.HTTP_1_1)
                    .expectContinue(true)));
  }

  static JsonObject content(JsonObject risk) {
    return Json.createObjectBuilder()
        .add(
            "stages",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("name", "Refunds")
                        .add("risks", Json.createArrayBuilder().add(risk))))
        .build();
  }

  static JsonObject titled(String title) {
    return Json.createObjectBuilder().add("title", title).build();
  }

  static JsonObject firstRisk(JsonObject draft) {
    return draft
        .getJsonObject("content")
        .getJsonArray("stages")
        .getJsonObject(0)
        .getJsonArray("risks")
        .getJsonObject(0);
  }

  static String storedContent(long id) throws Exception {
    return TestDatabase.text("select content from risk_assessment where id = ?", id);
  }

  static long evidenceCount(String username) throws Exception {
    return TestDatabase.count(
        "select count(*) from evidence_item e join app_user u on u.id = e.apprentice_id where u.username = ?",
        username);
  }

  static Path storage() {
    return Path.of(System.getProperty("riskwise.test.storage"));
  }

  static long filesInStorage() throws IOException {
    try (Stream<Path> all = Files.walk(storage())) {
      return all.filter(Files::isRegularFile)
          .filter(p -> !p.getParent().endsWith("incoming"))
          .count();
    }
  }

  static byte[] padded(int size) {
    byte[] bytes = Arrays.copyOf(PDF, size);
    Arrays.fill(bytes, PDF.length, size, (byte) ' ');
    return bytes;
  }

  static byte[] zip() throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("notes.txt"));
      zip.write("hello".getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  static String sha256(String text) throws Exception {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
