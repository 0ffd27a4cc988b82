package io.riskwise.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows every link a signed-in person can reach from their home page, with the session their
 * browser signed in with, and then asks each page again with its query parameters tampered with.
 * Collects every answer that is a fault of ours (5xx, or a stack trace in the page) and every page
 * that names something it must not (another centre).
 */
public final class Crawler {
  private static final Pattern HREF = Pattern.compile("href=\"([^\"#]*)");
  private static final Pattern EMPTY_STEP =
      Pattern.compile("›</span>\\s*(<span aria-hidden=\"true\">›|</nav>)");
  private static final List<String> STACK_TRACE =
      List.of(
          "java.lang.",
          "jakarta.el.",
          "jakarta.faces.FacesException",
          "Caused by:",
          "\tat ",
          "Exception:",
          "Something went wrong");

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();
  private final URI base;
  private final String cookies;
  private final int maxPages;
  private final int maxPerPath;
  private final Map<String, Integer> status = new LinkedHashMap<>();
  private final List<String> faults = new ArrayList<>();

  /**
   * @param base the application's address, ending in "/"
   * @param cookies the browser's cookies, as a Cookie header
   */
  public Crawler(URI base, String cookies, int maxPages, int maxPerPath) {
    this.base = base;
    this.cookies = cookies;
    this.maxPages = maxPages;
    this.maxPerPath = maxPerPath;
  }

  /** Every answer given, by address (path and query), in the order asked. */
  public Map<String, Integer> visited() {
    return status;
  }

  /** What went wrong: "500 /app/x.xhtml?id=abc", "names Northgate: /app/...". */
  public List<String> faults() {
    return faults;
  }

  /** Follows links breadth-first from {@code start} (e.g. "app/home.xhtml"). */
  public void crawl(String start, String mustNotName) {
    Deque<String> queue = new ArrayDeque<>(List.of(base.getPath() + start));
    Set<String> seen = new LinkedHashSet<>(queue);
    Map<String, Integer> perPath = new HashMap<>();
    while (!queue.isEmpty() && status.size() < maxPages) {
      String address = queue.removeFirst();
      HttpResponse<String> answer = get(address, mustNotName);
      if (answer == null || !isPage(answer)) {
        continue;
      }
      for (String link : links(answer.body())) {
        String path = link.contains("?") ? link.substring(0, link.indexOf('?')) : link;
        if (seen.contains(link) || perPath.getOrDefault(path, 0) >= maxPerPath) {
          continue;
        }
        perPath.merge(path, 1, Integer::sum);
        seen.add(link);
        queue.addLast(link);
      }
    }
  }

  /**
   * Asks every page seen with a query again, once for each of its parameters set to each value: ids
   * of another centre's records, 0, -1, a number that is no id, and words.
   */
  public void tamper(List<String> values, String mustNotName) {
    Set<String> tried = new LinkedHashSet<>();
    for (String address : List.copyOf(status.keySet())) {
      int query = address.indexOf('?');
      if (query < 0) {
        continue;
      }
      String path = address.substring(0, query);
      Map<String, String> parameters = parameters(address.substring(query + 1));
      for (String name : parameters.keySet()) {
        if (!tried.add(path + "?" + name)) {
          continue;
        }
        for (String value : values) {
          Map<String, String> changed = new LinkedHashMap<>(parameters);
          changed.put(name, value);
          get(path + "?" + query(changed), mustNotName);
        }
      }
    }
  }

  private HttpResponse<String> get(String address, String mustNotName) {
    try {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(base.resolve(address))
                  .header("Cookie", cookies)
                  .timeout(Duration.ofSeconds(60))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      status.put(address, answer.statusCode());
      String body = isText(answer) ? answer.body() : "";
      if (answer.statusCode() >= 500) {
        faults.add(answer.statusCode() + " " + address);
      } else if (STACK_TRACE.stream().anyMatch(body::contains)) {
        faults.add("stack trace or failure text in " + address);
      } else if (EMPTY_STEP.matcher(body).find()) {
        faults.add("a breadcrumb with an empty step in " + address);
      } else if (mustNotName != null && body.contains(mustNotName)) {
        faults.add("names " + mustNotName + ": " + address);
      }
      return answer;
    } catch (IOException e) {
      faults.add("no answer from " + address + ": " + e);
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException(e));
    }
  }

  /** The application's own page and file links in a page, resources and sign-out left aside. */
  private List<String> links(String html) {
    List<String> links = new ArrayList<>();
    Matcher m = HREF.matcher(html);
    while (m.find()) {
      String href = m.group(1).replace("&amp;", "&");
      if (href.isBlank() || href.startsWith("http") || href.startsWith("mailto:")) {
        continue;
      }
      String path = base.resolve(href).getPath();
      if (path.contains("faces.resource") || path.endsWith(".css") || path.endsWith(".js")) {
        continue;
      }
      if (!path.startsWith(base.getPath() + "app/")) {
        continue;
      }
      String query = base.resolve(href).getRawQuery();
      links.add(query == null ? path : path + "?" + query);
    }
    return links;
  }

  private static boolean isPage(HttpResponse<String> answer) {
    return answer.statusCode() == 200
        && answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
  }

  private static boolean isText(HttpResponse<String> answer) {
    String type = answer.headers().firstValue("Content-Type").orElse("");
    return type.startsWith("text/html") || type.startsWith("application/json");
  }

  private static Map<String, String> parameters(String query) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String name =
          URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      parameters.put(name, value);
    }
    return parameters;
  }

  private static String query(Map<String, String> parameters) {
    List<String> pairs = new ArrayList<>();
    parameters.forEach(
        (name, value) ->
            pairs.add(
                URLEncoder.encode(name, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return String.join("&", pairs);
  }
}
