package io.riskwise.assessment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Api;
import io.riskwise.testing.Deployments;
import io.riskwise.testing.TestCentre;
import io.riskwise.testing.TestDatabase;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Changes recorded in the audit trail at the same moment all succeed, each with its own entry and
 * every chain intact: at new centres side by side (whose first entries once met in the same gap of
 * the trail's index and deadlocked, answering 500), and many at one centre.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditTrailConcurrencyIT {
  private static final int AT_ONCE = 8;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.riskwise();
  }

  @ArquillianResource URL url;

  @Test
  void newCentresRecordTheirFirstChangesAtTheSameMoment() throws Exception {
    Api api = new Api(url);
    List<TestCentre> centres = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < AT_ONCE; i++) {
      TestCentre centre = TestCentre.create();
      centres.add(centre);
      tokens.add(api.token(centre.admin()));
    }

    List<Api.Reply> replies = allAtOnce(api, tokens);

    for (int i = 0; i < AT_ONCE; i++) {
      assertEquals(200, replies.get(i).status(), replies.get(i).body());
      assertEquals(1, entries(centres.get(i)));
      assertIntact(api, tokens.get(i), 1);
    }
  }

  @Test
  void oneCentreRecordsManyChangesAtTheSameMoment() throws Exception {
    Api api = new Api(url);
    TestCentre centre = TestCentre.create();
    String token = api.token(centre.admin());
    assertEquals(200, rules(api, token, 5).status());

    List<Api.Reply> replies = allAtOnce(api, Collections.nCopies(AT_ONCE, token));

    for (Api.Reply reply : replies) {
      assertEquals(200, reply.status(), reply.body());
    }
    assertEquals(1 + AT_ONCE, entries(centre));
    assertIntact(api, token, 1 + AT_ONCE);
  }

  /** Each token's centre changes its rules, all released together. */
  private static List<Api.Reply> allAtOnce(Api api, List<String> tokens) {
    CyclicBarrier start = new CyclicBarrier(tokens.size());
    ExecutorService people = Executors.newFixedThreadPool(tokens.size());
    List<CompletableFuture<Api.Reply>> changes = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      int days = 6 + i;
      changes.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  start.await();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
                return rules(api, token, days);
              },
              people));
    }
    try {
      return changes.stream().map(CompletableFuture::join).toList();
    } finally {
      people.shutdown();
    }
  }

  private static Api.Reply rules(Api api, String token, int queueFlagDays) {
    return api.put("api/centre/rules", TestCentre.rules(queueFlagDays, 21, 41, 11, 21), token);
  }

  private static long entries(TestCentre centre) throws Exception {
    return TestDatabase.count("select count(*) from audit_trail where centre_id = ?", centre.id());
  }

  private static void assertIntact(Api api, String token, long entries) {
    JsonObject verified = api.get("api/audit/verify", token).json();
    assertTrue(verified.getBoolean("intact"), verified.toString());
    assertEquals(entries, verified.getJsonNumber("entries").longValue());
  }
}
