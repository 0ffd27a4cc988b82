import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load test of a large centre (one made by src/test/java/io/riskwise/centre/CentreGenerator.java)
 * over HTTP: 1, 10 and 50 concurrent users per scenario, a Markdown table of latencies, throughput
 * and errors, then the server's heap. Needs only a JDK:
 *
 * <pre>
 * java docs/bench/CentreBenchmark.java --base http://localhost:8080/ [--users 1,10,50]
 *     [--duration 20] [--warmup 5] [--requests N] [--scenarios sign-in,home,queue,cohort,centre,mixed]
 *     [--cohort ID] [--assessor USERNAME] [--prefix scale] [--apprentices 5000] [--assessors 100]
 * </pre>
 *
 * Each user repeats its request for {@code --duration} seconds after {@code --warmup} seconds that
 * are not counted; with {@code --requests N} each user makes N counted requests instead, after N/10
 * uncounted ones. Scenarios:
 *
 * <ul>
 *   <li>{@code sign-in}: {@code POST /api/auth/token}, each request as the next apprentice, so that
 *       no username is tried twice in a row. Only failures count towards the login throttle
 *       (LoginThrottle: 5 per username, 20 per address in 15 minutes), so correct passwords never
 *       trip it; a 429 would be counted as an error all the same.
 *   <li>{@code home}: {@code GET /app/home.xhtml} in the session of an apprentice who signed in
 *       once, beforehand, through the sign-in page's form (one apprentice and cookie jar per user).
 *   <li>{@code queue}: {@code GET /api/assessment/queue}, users spread over the assessors, or all
 *       as {@code --assessor} (the generator names the assessors of the large cohort, whose queues
 *       are the longest).
 *   <li>{@code cohort}: {@code GET /api/cohorts/{id}/progress} as the centre admin, for {@code
 *       --cohort} or else the largest cohort listed by {@code GET /api/cohorts}.
 *   <li>{@code centre}: {@code GET /api/centre/progress} as the centre admin.
 *   <li>{@code mixed}: each user takes the five above in turn (user n starts at the n-th), so that
 *       ten users are two of each kind at any moment: the load under which memory is measured.
 * </ul>
 *
 * Any answer other than 2xx is an error; the first one of each row is printed under the table.
 */
public class CentreBenchmark {
  static final String PASSWORD = "riskwise-demo";
  static final Duration TIMEOUT = Duration.ofSeconds(120);
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** The scenarios a {@code mixed} user takes in turn, each user starting at its own. */
  static final List<String> MIXED = List.of("sign-in", "home", "queue", "cohort", "centre");

  static final Map<String, String> options = new HashMap<>();
  static String base;
  static String prefix;
  static int apprentices;
  static int assessors;
  static final AtomicInteger nextApprentice = new AtomicInteger();
  static final Map<String, String> tokens = new ConcurrentHashMap<>();

  /** What one request answered: its time, and a description when it was not a success. */
  record Sample(double millis, String error) {}

  /** A user's request, ready to repeat. */
  interface Call {
    HttpResponse<String> send() throws Exception;
  }

  /** One row of the table. */
  record Result(
      String scenario, int users, int requests, double p50, double p95, double p99, double perSecond,
      int errors, String firstError) {}

  public static void main(String[] args) throws Exception {
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    base = options.getOrDefault("base", "http://localhost:8080/");
    base = base.endsWith("/") ? base : base + "/";
    prefix = options.getOrDefault("prefix", "scale");
    apprentices = Integer.parseInt(options.getOrDefault("apprentices", "5000"));
    assessors = Integer.parseInt(options.getOrDefault("assessors", "100"));
    List<Integer> levels = new ArrayList<>();
    for (String users : options.getOrDefault("users", "1,10,50").split(",")) {
      levels.add(Integer.parseInt(users.trim()));
    }
    String[] scenarios =
        options.getOrDefault("scenarios", "sign-in,home,queue,cohort,centre").split(",");
    System.err.printf(
        "%s: %s, users %s, %s%n",
        base,
        String.join(", ", scenarios),
        levels,
        options.containsKey("requests")
            ? options.get("requests") + " requests per user"
            : options.getOrDefault("duration", "20") + " s after " + options.getOrDefault("warmup", "5")
                + " s warm-up");
    List<Result> results = new ArrayList<>();
    for (String scenario : scenarios) {
      Map<Integer, Call> prepared = new HashMap<>();
      String skipped = null;
      for (int users : levels) {
        Result result;
        try {
          if (skipped != null) {
            throw new IllegalStateException(skipped);
          }
          List<Call> calls = new ArrayList<>();
          for (int user = 0; user < users; user++) {
            Call call = prepared.get(user);
            if (call == null) {
              call = prepare(scenario.trim(), user);
              prepared.put(user, call);
            }
            calls.add(call);
          }
          result = measure(scenario.trim(), calls);
        } catch (Exception e) {
          skipped = e instanceof IllegalStateException ? e.getMessage() : e.toString();
          result = new Result(scenario, users, 0, 0, 0, 0, 0, 0, "not run: " + skipped);
        }
        results.add(result);
        System.err.printf(
            "  %-8s users=%-3d %,d requests, p50 %.1f ms, %d errors%n",
            result.scenario(), users, result.requests(), result.p50(), result.errors());
      }
    }
    System.out.println();
    System.out.println("| scenario | users | requests | p50 ms | p95 ms | p99 ms | req/s | errors |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (Result r : results) {
      if (r.requests() == 0) {
        System.out.printf("| %s | %d | not run | | | | | |%n", r.scenario(), r.users());
        continue;
      }
      System.out.printf(
          "| %s | %d | %,d | %.1f | %.1f | %.1f | %.1f | %,d |%n",
          r.scenario(), r.users(), r.requests(), r.p50(), r.p95(), r.p99(), r.perSecond(), r.errors());
    }
    System.out.println();
    for (Result r : results) {
      if (r.firstError() != null) {
        System.out.printf("- %s, users=%d: %s%n", r.scenario(), r.users(), r.firstError());
      }
    }
    System.out.println(heap());
  }

  /** Everything a user needs before the clock starts: a token, or a signed-in session. */
  static Call prepare(String scenario, int user) throws Exception {
    switch (scenario) {
      case "sign-in":
        return () -> {
          String username = apprentice(nextApprentice.getAndIncrement());
          return send(post("api/auth/token", credentials(username), "application/json").build());
        };
      case "home":
        {
          HttpClient session = signInThroughPage(apprentice(apprentices / 2 + user));
          return () ->
              session.send(
                  get("app/home.xhtml").header("Accept", "text/html").build(),
                  HttpResponse.BodyHandlers.ofString());
        }
      case "queue":
        {
          String assessor =
              options.getOrDefault(
                  "assessor", String.format("%s-assessor-%03d", prefix, 1 + user * 37 % assessors));
          String token = token(assessor);
          return () -> send(get("api/assessment/queue").header("Authorization", "Bearer " + token).build());
        }
      case "cohort":
        {
          String token = token(prefix + "-admin");
          String path = "api/cohorts/" + cohort(token) + "/progress";
          return () -> send(get(path).header("Authorization", "Bearer " + token).build());
        }
      case "centre":
        {
          String token = token(prefix + "-admin");
          return () -> send(get("api/centre/progress").header("Authorization", "Bearer " + token).build());
        }
      case "mixed":
        {
          List<Call> kinds = new ArrayList<>();
          for (String kind : MIXED) {
            kinds.add(prepare(kind, user));
          }
          AtomicInteger next = new AtomicInteger(user);
          return () -> kinds.get(next.getAndIncrement() % kinds.size()).send();
        }
      default:
        throw new IllegalStateException("there is no scenario " + scenario);
    }
  }

  static Result measure(String scenario, List<Call> calls) throws Exception {
    int users = calls.size();
    boolean counted = options.containsKey("requests");
    int requests = counted ? Integer.parseInt(options.get("requests")) : 0;
    int warmUps = counted ? Math.max(1, requests / 10) : 0;
    long warmUpNanos = Long.parseLong(options.getOrDefault("warmup", "5")) * 1_000_000_000L;
    long runNanos = Long.parseLong(options.getOrDefault("duration", "20")) * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(users);
    CountDownLatch ready = new CountDownLatch(users);
    CountDownLatch go = new CountDownLatch(1);
    long[] window = new long[2];
    List<Future<List<Sample>>> futures = new ArrayList<>();
    long[] firstStart = {Long.MAX_VALUE};
    long[] lastEnd = {0};
    for (Call call : calls) {
      futures.add(
          pool.submit(
              () -> {
                List<Sample> samples = new ArrayList<>();
                ready.countDown();
                go.await();
                for (int i = 0; ; i++) {
                  long start = System.nanoTime();
                  if (counted ? i >= warmUps + requests : start >= window[1]) {
                    break;
                  }
                  String error = null;
                  try {
                    HttpResponse<String> response = call.send();
                    if (response.statusCode() < 200 || response.statusCode() > 299) {
                      error = "HTTP " + response.statusCode() + ": " + shorten(response.body());
                    }
                  } catch (Exception e) {
                    error = e.toString();
                  }
                  long end = System.nanoTime();
                  if (counted ? i >= warmUps : start >= window[0]) {
                    samples.add(new Sample((end - start) / 1e6, error));
                    synchronized (firstStart) {
                      firstStart[0] = Math.min(firstStart[0], start);
                      lastEnd[0] = Math.max(lastEnd[0], end);
                    }
                  }
                }
                return samples;
              }));
    }
    ready.await();
    window[0] = System.nanoTime() + warmUpNanos;
    window[1] = window[0] + runNanos;
    go.countDown();
    List<Sample> all = new ArrayList<>();
    for (Future<List<Sample>> future : futures) {
      all.addAll(future.get());
    }
    pool.shutdown();
    List<Double> times = new ArrayList<>();
    int errors = 0;
    String firstError = null;
    for (Sample s : all) {
      times.add(s.millis());
      if (s.error() != null) {
        errors++;
        firstError = firstError == null ? s.error() : firstError;
      }
    }
    Collections.sort(times);
    double seconds = counted ? (lastEnd[0] - firstStart[0]) / 1e9 : runNanos / 1e9;
    return new Result(
        scenario,
        users,
        times.size(),
        at(times, 0.50),
        at(times, 0.95),
        at(times, 0.99),
        times.isEmpty() ? 0 : times.size() / seconds,
        errors,
        firstError);
  }

  static double at(List<Double> sorted, double quantile) {
    return sorted.isEmpty()
        ? 0
        : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1));
  }

  static String apprentice(int n) {
    return String.format("%s-apprentice-%05d", prefix, 1 + Math.floorMod(n, apprentices));
  }

  static String credentials(String username) {
    return "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}";
  }

  /** A bearer token per username, asked for once. */
  static String token(String username) throws Exception {
    String token = tokens.get(username);
    if (token == null) {
      HttpResponse<String> response =
          send(post("api/auth/token", credentials(username), "application/json").build());
      token = field(response.body(), "token");
      if (response.statusCode() != 200 || token == null) {
        throw new IllegalStateException(
            username + " cannot sign in: HTTP " + response.statusCode() + " " + shorten(response.body()));
      }
      tokens.put(username, token);
    }
    return token;
  }

  /**
   * Signs in as a browser does: the sign-in page opens a session and a form, whose view state and
   * fields are posted back; success is a redirect home, with the session cookie kept in this
   * client's cookie jar.
   */
  static HttpClient signInThroughPage(String username) throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    HttpResponse<String> page =
        client.send(get("sign-in.xhtml").build(), HttpResponse.BodyHandlers.ofString());
    Matcher form = Pattern.compile("<form id=\"signIn\"[^>]*action=\"([^\"]*)\"").matcher(page.body());
    Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(page.body());
    if (page.statusCode() != 200 || !form.find() || !state.find()) {
      throw new IllegalStateException("The sign-in page has no sign-in form: HTTP " + page.statusCode());
    }
    String body =
        form("signIn", "signIn")
            + "&" + form("username", username)
            + "&" + form("password", PASSWORD)
            + "&" + form("submit", "")
            + "&" + form("jakarta.faces.ViewState", state.group(1));
    HttpResponse<String> signedIn =
        client.send(
            HttpRequest.newBuilder(URI.create(base).resolve(form.group(1).replace("&amp;", "&")))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String location = signedIn.headers().firstValue("Location").orElse("");
    if (signedIn.statusCode() != 302 || !location.endsWith("/app/home.xhtml")) {
      throw new IllegalStateException(
          username + " cannot sign in through the page: HTTP " + signedIn.statusCode() + " " + location);
    }
    return client;
  }

  static String form(String name, String value) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The largest cohort the admin sees, by its number of apprentices. */
  static long cohort(String token) throws Exception {
    if (options.containsKey("cohort")) {
      return Long.parseLong(options.get("cohort"));
    }
    HttpResponse<String> list =
        send(get("api/cohorts?size=100").header("Authorization", "Bearer " + token).build());
    long best = -1;
    long most = -1;
    Matcher cohort = Pattern.compile("\\{[^{}]*\\}").matcher(list.body());
    while (list.statusCode() == 200 && cohort.find()) {
      Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(cohort.group());
      Matcher size = Pattern.compile("\"apprentices\"\\s*:\\s*(\\d+)").matcher(cohort.group());
      if (id.find() && size.find() && Long.parseLong(size.group(1)) > most) {
        most = Long.parseLong(size.group(1));
        best = Long.parseLong(id.group(1));
      }
    }
    if (best < 0) {
      throw new IllegalStateException(
          "no cohort id: GET /api/cohorts answered HTTP " + list.statusCode() + "; pass --cohort N");
    }
    System.err.printf("  cohort %d, %d apprentices%n", best, most);
    return best;
  }

  /**
   * Used and committed heap from MicroProfile Metrics, in Prometheus text, with the monitoring token
   * from the environment variable RISKWISE_METRICS_TOKEN (the server's own).
   */
  static String heap() {
    try {
      HttpRequest.Builder request = get("metrics").header("Accept", "text/plain");
      String token = System.getenv("RISKWISE_METRICS_TOKEN");
      if (token != null) {
        request.header("Authorization", "Bearer " + token);
      }
      HttpResponse<String> metrics = send(request.build());
      String used = metric(metrics.body(), "usedHeap");
      String committed = metric(metrics.body(), "committedHeap");
      String max = metric(metrics.body(), "maxHeap");
      if (metrics.statusCode() == 200 && used != null && committed != null) {
        return String.format(
            "Server heap after the run: used %s MB, committed %s MB (max %s MB), from /metrics",
            used, committed, max);
      }
      return "Server heap: /metrics answered HTTP " + metrics.statusCode()
          + " without heap figures; measure with jcmd <pid> GC.heap_info";
    } catch (Exception e) {
      return "Server heap: /metrics failed (" + e + "); measure with jcmd <pid> GC.heap_info";
    }
  }

  static String metric(String text, String name) {
    Matcher m =
        Pattern.compile("(?m)^(?:base_)?memory_" + name + "_bytes(?:\\{[^}]*\\})?\\s+(\\S+)").matcher(text);
    return m.find() ? String.format("%,.0f", Double.parseDouble(m.group(1)) / (1024 * 1024)) : null;
  }

  static HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create(base).resolve(path)).timeout(TIMEOUT).GET();
  }

  static HttpRequest.Builder post(String path, String body, String type) {
    return HttpRequest.newBuilder(URI.create(base).resolve(path))
        .timeout(TIMEOUT)
        .header("Content-Type", type)
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  static HttpResponse<String> send(HttpRequest request) throws Exception {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static String shorten(String body) {
    String text = body == null ? "" : body.replaceAll("\\s+", " ").strip();
    return text.length() > 300 ? text.substring(0, 297) + "..." : text;
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
    return m.find() ? m.group(1) : null;
  }
}
