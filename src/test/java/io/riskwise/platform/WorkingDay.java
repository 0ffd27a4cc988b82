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
  /** One request: which node, what kind, and its status (0: no answer). */
  record Request(String node, String kind, int status, String body) {}

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
  private final ExecutorService people = Executors.newFixedThreadPool(20);

  WorkingDay(URI first, URI second) {
    this.nodes = new URI[] {first, second};
  }

  /** Makes the people and their data through the first node, then sets them to work. */
  void start() throws Exception {
    Api setup = api(nodes[0]);
    TestCentre centre = TestCentre.create();
    for (int i = 0; i < 12; i++) {
      String apprentice = centre.add("APPRENTICE", "Worker " + i);
      String token = setup.token(apprentice);
      JsonObject created = setup.post("api/portfolio/assessments", "{}", token).json();
      drafts.put(
          apprentice,
          new Drafts(
              created.getJsonNumber("id").longValue(),
              created.getJsonNumber("version").longValue()));
      people.submit(() -> apprentice(apprentice, token));
    }
    for (int i = 0; i < 4; i++) {
      JudgingFixture fixture = JudgingFixture.create(setup, TestCentre.create());
      String assessor = setup.token(fixture.assessor());
      String admin = setup.token(fixture.centre().admin());
      people.submit(() -> assessor(fixture, assessor));
      people.submit(() -> administrator(admin));
    }
  }

  /** From now on the balancer sends nothing to the first node. */
  void firstNodeGone() {
    firstGone.set(true);
  }

  void finish() throws InterruptedException {
    stop.set(true);
    people.shutdown();
    if (!people.awaitTermination(2, TimeUnit.MINUTES)) {
      throw new AssertionError("people still working after two minutes");
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

  private void assessor(JudgingFixture fixture, String token) {
    boolean judged = false;
    while (!stop.get()) {
      send("queue", next(), api -> api.get("api/assessment/queue", token), fixture.assessor());
      if (!judged) {
        JsonObject decision = JudgingFixture.returnedWithOneCriterionMet();
        Request made =
            send(
                "judge",
                next(),
                api -> api.post(fixture.decisionPath(), decision.toString(), token),
                fixture.assessor());
        if (made.status() == 201) {
          decided.put(fixture.assessor(), fixture.versionId());
        }
        // Unanswered, it may have been made: a person would look before judging again.
        judged = true;
      }
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
    try {
      Api.Reply reply = call.apply(api(node));
      request = new Request(node.toString(), kind, reply.status(), who + ": " + reply.body());
    } catch (UncheckedIOException noAnswer) {
      request = new Request(node.toString(), kind, 0, who + ": " + noAnswer.getMessage());
    }
    requests.add(request);
    return request;
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
