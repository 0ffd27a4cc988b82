package io.riskwise.platform;

import io.riskwise.assessment.boundary.JudgingFixture;
import io.riskwise.testing.Api;
import io.riskwise.testing.TestCentre;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Twenty people working through the API across two nodes, as a load balancer spreads them: twelve
 * apprentices saving drafts and reading their readiness, four assessors reading their queue and
 * judging, four administrators reading the centre's progress. Each request goes to the next node in
 * turn, and only to the survivor once a node is marked gone. Every answer is recorded with the node
 * that gave it; a request a node never answered is recorded as unanswered.
 */
final class WorkingDay {
  /**
   * One request: which node, what kind, who sent it, its status (0: no answer), its body (or why
   * there was none) and how long it took.
   */
  record Request(String node, String kind, String who, int status, String body, double millis) {}

  /** An apprentice's saves: each title sent, and the last one the server acknowledged. */
  static final class Drafts {
    final long assessmentId;
    final List<String> sent = new ArrayList<>();
    volatile String acknowledged;
    volatile long version;

    Drafts(long assessmentId, long version) {
      this.assessmentId = assessmentId;
      this.version = version;
    }
  }

  final List<Request> requests = java.util.Collections.synchronizedList(new ArrayList<>());
  final Map<String, Drafts> drafts = new ConcurrentHashMap<>();
  final Map<String, Long> decided = new ConcurrentHashMap<>();
  private final URI[] nodes;
  private final Map<URI, Api> apis = new ConcurrentHashMap<>();
  private final AtomicBoolean firstGone = new AtomicBoolean();
  private final AtomicBoolean stop = new AtomicBoolean();
  private final ExecutorService people;
  private final List<Future<?>> working = new ArrayList<>();

  private final int apprentices;
  private final int assessors;
  private final int signers;
  private final boolean judgingAgain;

  /** Twelve apprentices, four assessors, four administrators: ClusterIT's twenty. */
  WorkingDay(URI first, URI second) {
    this(first, second, 12, 4, 0, false);
  }

  /**
   * As many apprentices, as many assessors and as many administrators as {@code assessors}, and
   * {@code signers} people signing in again and again. With {@code judgingAgain}, each assessor
   * judges again and again, each judgement followed by the apprentice's next submission
   * (ClusterLoadBench); otherwise once.
   */
  WorkingDay(
      URI first, URI second, int apprentices, int assessors, int signers, boolean judgingAgain) {
    this.nodes = new URI[] {first, second};
    this.apprentices = apprentices;
    this.assessors = assessors;
    this.signers = signers;
    this.judgingAgain = judgingAgain;
    people = Executors.newFixedThreadPool(apprentices + 2 * assessors + signers);
  }

  /**
   * Makes the people and their data through the first node, then sets them all to work at once (the
   * setup's own requests would otherwise queue behind the first people's sign-ins).
   */
  void start() throws Exception {
    Api setup = api(nodes[0]);
    TestCentre centre = TestCentre.create();
    List<String> names = new ArrayList<>();
    List<Runnable> work = new ArrayList<>();
    for (int i = 0; i < apprentices; i++) {
      String apprentice = centre.add("APPRENTICE", "Worker " + i);
      names.add(apprentice);
      String token = setup.token(apprentice);
      JsonObject created = setup.post("api/portfolio/assessments", "{}", token).json();
      drafts.put(
          apprentice,
          new Drafts(
              created.getJsonNumber("id").longValue(),
              created.getJsonNumber("version").longValue()));
      work.add(() -> apprentice(apprentice, token));
    }
    for (int i = 0; i < signers; i++) {
      String who = names.get(i % names.size());
      work.add(() -> signer(who));
    }
    for (int i = 0; i < assessors; i++) {
      JudgingFixture fixture = JudgingFixture.create(setup, TestCentre.create());
      String assessor = setup.token(fixture.assessor());
      String admin = setup.token(fixture.centre().admin());
      work.add(() -> assessor(fixture, assessor));
      work.add(() -> administrator(admin));
    }
    for (Runnable person : work) {
      working.add(people.submit(person));
    }
  }

  /** From now on the balancer sends nothing to the first node. */
  void firstNodeGone() {
    firstGone.set(true);
  }

  /** Stops everyone, failing if anyone stopped early on an error of the test's own. */
  void finish() throws Exception {
    stop.set(true);
    people.shutdown();
    if (!people.awaitTermination(2, TimeUnit.MINUTES)) {
      throw new AssertionError("people still working after two minutes");
    }
    for (Future<?> person : working) {
      person.get();
    }
  }

  private void apprentice(String username, String token) {
    Drafts mine = drafts.get(username);
    int turn = 0;
    while (!stop.get()) {
      String title = username + " draft " + turn++;
      String save =
          Json.createObjectBuilder()
              .add("version", mine.version)
              .add("content", Json.createObjectBuilder().add("title", title))
              .build()
              .toString();
      synchronized (mine) {
        mine.sent.add(title);
      }
      Request saved = send("save", next(), api -> api.put(path(mine), save, token), username);
      if (saved.status() == 200) {
        mine.acknowledged = title;
        mine.version = version(saved.body());
      } else if (saved.status() == 0) {
        Request read = send("read", next(), api -> api.get(path(mine), token), username);
        if (read.status() == 200) {
          mine.version = version(read.body());
        }
      }
      send("readiness", next(), api -> api.get(path(mine) + "/readiness", token), username);
    }
  }

  /**
   * Reads the queue again and again and judges the submission waiting. When the people judge again
   * (ClusterLoadBench), the apprentice then changes the title and submits again, and the assessor
   * judges that version too; otherwise each assessor judges once.
   */
  private void assessor(JudgingFixture fixture, String token) {
    long waiting = fixture.versionId();
    int round = 0;
    while (!stop.get()) {
      send("queue", next(), api -> api.get("api/assessment/queue", token), fixture.assessor());
      if (waiting != 0) {
        long version = waiting;
        JsonObject decision = JudgingFixture.returnedWithOneCriterionMet();
        Request made =
            send(
                "judge",
                next(),
                api -> api.post(JudgingFixture.decisionPath(version), decision.toString(), token),
                fixture.assessor());
        if (made.status() == 201) {
          decided.put(fixture.assessor(), version);
        }
        // Unanswered, it may have been made: a person would look before judging again.
        waiting = judgingAgain && made.status() == 201 ? resubmitted(fixture, ++round) : 0;
      }
    }
  }

  /** The version the fixture's apprentice submits next, or 0 if the submission failed. */
  private long resubmitted(JudgingFixture fixture, int round) {
    Request submitted =
        send(
            "resubmit",
            next(),
            api -> fixture.submitAgain(api, fixture.apprentice() + " round " + round),
            fixture.apprentice());
    try {
      return submitted.status() == 201 ? JudgingFixture.latestVersion(fixture.assessmentId()) : 0;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void signer(String username) {
    String credentials =
        Json.createObjectBuilder()
            .add("username", username)
            .add("password", Api.DEMO_PASSWORD)
            .build()
            .toString();
    while (!stop.get()) {
      send("sign-in", next(), api -> api.post("api/auth/token", credentials, null), username);
    }
  }

  private void administrator(String token) {
    while (!stop.get()) {
      send("dashboard", next(), api -> api.get("api/centre/progress", token), "admin");
    }
  }

  private int turn;

  private synchronized URI next() {
    if (firstGone.get()) {
      return nodes[1];
    }
    return nodes[turn++ % 2];
  }

  private Request send(
      String kind, URI node, java.util.function.Function<Api, Api.Reply> call, String who) {
    Request request;
    long start = System.nanoTime();
    try {
      Api.Reply reply = call.apply(api(node));
      request = new Request(node.toString(), kind, who, reply.status(), reply.body(), since(start));
    } catch (UncheckedIOException noAnswer) {
      request = new Request(node.toString(), kind, who, 0, noAnswer.getMessage(), since(start));
    }
    requests.add(request);
    return request;
  }

  private static double since(long start) {
    return (System.nanoTime() - start) / 1_000_000.0;
  }

  private static String path(Drafts drafts) {
    return "api/portfolio/assessments/" + drafts.assessmentId;
  }

  private static long version(String body) {
    return Json.createReader(new java.io.StringReader(body))
        .readObject()
        .getJsonNumber("version")
        .longValue();
  }

  private Api api(URI node) {
    return apis.computeIfAbsent(
        node,
        n -> {
          try {
            return new Api(n.toURL());
          } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
          }
        });
  }
}
