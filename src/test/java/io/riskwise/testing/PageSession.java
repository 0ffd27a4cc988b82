package io.riskwise.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person signed in through the sign-in page, as a browser would be, without a browser: for tables
 * of which pages and downloads answer whom.
 */
public final class PageSession {
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final HttpClient http;
  private final URI base;

  private PageSession(URI base) {
    this(
        base,
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build());
  }

  private PageSession(URI base, HttpClient http) {
    this.base = base;
    this.http = http;
  }

  /** The same session, its cookie and all, sent to another node of the cluster. */
  public PageSession at(URL node) {
    return new PageSession(URI.create(node.toString().replaceAll("/?$", "/")), http);
  }

  /** A session signed in as {@code username} with the demo password; anonymous when null. */
  public static PageSession of(URL deployment, String username) {
    PageSession session = new PageSession(URI.create(deployment.toString().replaceAll("/?$", "/")));
    if (username != null) {
      session.signIn(username);
    }
    return session;
  }

  private void signIn(String username) {
    String page = get("sign-in.xhtml").body();
    Matcher state = VIEW_STATE.matcher(page);
    if (!state.find()) {
      throw new IllegalStateException("The sign-in page has no form state");
    }
    String form =
        "signIn=signIn&username="
            + encode(username)
            + "&password="
            + encode(Api.DEMO_PASSWORD)
            + "&submit=submit&jakarta.faces.ViewState="
            + encode(state.group(1).replace("&#58;", ":"));
    HttpResponse<String> answer =
        send(
            HttpRequest.newBuilder(base.resolve("sign-in.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (!answer.uri().getPath().endsWith("/app/home.xhtml")) {
      throw new IllegalStateException(username + " could not sign in: " + answer.uri());
    }
  }

  /** The answer to a GET of {@code path} (relative to the application), redirects followed. */
  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  /**
   * The SQL statements the server sent to show {@code path} (200) to this person, counted for this
   * request alone.
   */
  public int statements(String path) {
    HttpResponse<String> page = get(path);
    if (page.statusCode() != 200) {
      throw new AssertionError(path + " answered " + page.statusCode());
    }
    return Integer.parseInt(
        page.headers()
            .firstValue("Riskwise-Statements")
            .orElseThrow(() -> new AssertionError(path + " carries no statement count")));
  }

  /** A POST of {@code body} to {@code path}, sent with this session's cookie and nothing else. */
  public HttpResponse<String> post(String path, String contentType, byte[] body) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** A request built by the caller for {@code path}, sent with this session's cookie. */
  public HttpResponse<String> send(String path, HttpRequest.Builder request) {
    return send(request.uri(base.resolve(path)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
