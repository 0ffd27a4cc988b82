package io.riskwise.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.testing.Api;
import io.riskwise.testing.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The operations endpoints: metrics only for the configured monitoring token, health only up or
 * down. Payara serves them beside the application at the root context, where Riskwise runs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricsIT {
  private static final String TOKEN = System.getProperty("riskwise.test.metricsToken");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.riskwise();
  }

  @ArquillianResource URL url;

  @Test
  void metricsAnswerOnlyTheMonitoringToken() throws Exception {
    assertEquals(401, metrics(null).statusCode());
    assertEquals(401, metrics("Bearer wrong-" + TOKEN).statusCode());
    assertEquals(401, metrics("Basic " + TOKEN).statusCode());
    Api api = new Api(url);
    assertEquals(
        401, metrics("Bearer " + api.token("admin1")).statusCode(), "a person's token is not it");

    HttpResponse<String> answered = metrics("Bearer " + TOKEN);
    assertEquals(200, answered.statusCode());
    assertTrue(answered.body().contains("memory_usedHeap"), answered.body());
  }

  @Test
  void healthTellsThePublicOnlyUpOrDown() throws Exception {
    for (String path : new String[] {"health", "health/ready", "health/live"}) {
      HttpResponse<String> health = get(path, null);
      assertEquals(200, health.statusCode(), path);
      JsonObject answer = Json.createReader(new StringReader(health.body())).readObject();
      assertEquals("UP", answer.getString("status"));
      for (JsonValue check : answer.getJsonArray("checks")) {
        JsonObject data = check.asJsonObject().getJsonObject("data");
        assertTrue(data == null || data.isEmpty(), path + " tells no details: " + health.body());
      }
      assertFalse(health.body().contains("jdbc"), health.body());
    }
  }

  private HttpResponse<String> metrics(String authorization) throws Exception {
    return get("metrics", authorization);
  }

  private HttpResponse<String> get(String path, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(new URL(url, path).toURI());
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
