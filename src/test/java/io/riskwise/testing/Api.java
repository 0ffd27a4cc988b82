package io.riskwise.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A small HTTP client for the REST API, speaking JSON, as any API client would. */
public class Api {
  public static final String DEMO_PASSWORD = "riskwise-demo";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;
  private final Map<String, String> tokens = new ConcurrentHashMap<>();

  public Api(URL deployment) {
    this.base = URI.create(deployment.toString().replaceAll("/?$", "/"));
  }

  /** An answer: status, headers and body. */
  public record Reply(int status, HttpResponse<String> response) {
    public String body() {
      return response.body();
    }

    /**
     * The SQL statements the server sent to answer this request alone (the tests' server returns
     * the count in a header), whatever other work runs at the same time.
     */
    public int statements() {
      String count = header("Riskwise-Statements");
      if (count == null) {
        throw new AssertionError("the answer carries no statement count: " + status);
      }
      return Integer.parseInt(count);
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public JsonObject json() {
      return (JsonObject) structure();
    }

    public JsonStructure structure() {
      return Json.createReader(new StringReader(body())).read();
    }

    public String contentType() {
      return header("Content-Type");
    }
  }

  /** A token for a demo user, fetched once per test class. */
  public String token(String username) {
    return tokens.computeIfAbsent(username, u -> signIn(u, DEMO_PASSWORD));
  }

  public String signIn(String username, String password) {
    Reply reply =
        post(
            "api/auth/token",
            Json.createObjectBuilder()
                .add("username", username)
                .add("password", password)
                .build()
                .toString(),
            null);
    if (reply.status() != 200) {
      throw new AssertionError("Sign-in of " + username + " answered " + reply.body());
    }
    return reply.json().getString("token");
  }

  public Reply get(String path, String token) {
    return send(builder(path, token).GET());
  }

  public Reply delete(String path, String token) {
    return send(builder(path, token).DELETE());
  }

  public Reply post(String path, String json, String token) {
    return send(
        builder(path, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply put(String path, String json, String token) {
    return send(
        builder(path, token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** For downloads: the body as bytes. */
  public HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpRequest.Builder builder(String path, String token) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json");
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }
}
