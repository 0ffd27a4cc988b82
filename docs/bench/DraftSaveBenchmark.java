import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times saving a risk assessment draft with 30 risks and computing its readiness, over the REST
 * API of a running Riskwise (e.g. started with mvn -Prun). Needs only a JDK:
 *
 * <pre>java docs/bench/DraftSaveBenchmark.java [base-url] [username] [iterations]</pre>
 *
 * Each iteration saves the whole draft (with a changed title, so every save writes) and then asks
 * for its readiness, one after the other, as the editor's autosave does.
 */
public class DraftSaveBenchmark {
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static String base;

  public static void main(String[] args) throws Exception {
    base = args.length > 0 ? args[0] : "http://localhost:8080/";
    String user = args.length > 1 ? args[1] : "apprentice1";
    int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 300;
    String token =
        field(
            send("POST", "api/auth/token", "{\"username\":\"" + user + "\",\"password\":\"riskwise-demo\"}", null),
            "token");
    String created = send("POST", "api/portfolio/assessments", content(0), token);
    long id = Long.parseLong(number(created, "id"));
    long version = Long.parseLong(number(created, "version"));
    int warmUp = 30;
    List<Double> saves = new ArrayList<>();
    List<Double> checks = new ArrayList<>();
    for (int i = 1; i <= warmUp + iterations; i++) {
      long start = System.nanoTime();
      String saved =
          send("PUT", "api/portfolio/assessments/" + id, "{\"version\":" + version + ",\"content\":" + content(i) + "}", token);
      double saveMs = (System.nanoTime() - start) / 1e6;
      version = Long.parseLong(number(saved, "version"));
      start = System.nanoTime();
      String readiness = send("GET", "api/portfolio/assessments/" + id + "/readiness", null, token);
      double checkMs = (System.nanoTime() - start) / 1e6;
      if (!readiness.contains("\"checks\"")) {
        throw new IllegalStateException("Unexpected readiness: " + readiness);
      }
      if (i > warmUp) {
        saves.add(saveMs);
        checks.add(checkMs);
      }
    }
    System.out.printf("Assessment %d, 30 risks, %d iterations after %d warm-up%n", id, iterations, warmUp);
    report("save draft (PUT)", saves);
    report("readiness (GET)", checks);
  }

  static void report(String name, List<Double> times) {
    List<Double> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    System.out.printf(
        "%-18s p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   max %6.1f ms%n",
        name, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted.get(sorted.size() - 1));
  }

  static double at(List<Double> sorted, double quantile) {
    return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1));
  }

  /**
   * Six stages of five risks each: every field filled, as a finished assessment would be (including
   * the fields the issue 14 rules read: who took each action and when it was completed, who agreed a
   * tolerated risk, the risks each person consulted helped with, who was told and when). The same
   * texts recur across risks, so the readiness check names many pasted, thin places: its busiest
   * case. ReadinessCheckTiming times the check alone on this draft.
   */
  static String content(int round) {
    String[] kinds = {"FINANCIAL", "REPUTATIONAL", "HEALTH_AND_SAFETY", "SUB_STANDARD", "OTHER"};
    StringBuilder stages = new StringBuilder();
    for (int s = 1; s <= 6; s++) {
      StringBuilder risks = new StringBuilder();
      for (int r = 1; r <= 5; r++) {
        int n = (s - 1) * 5 + r;
        boolean act = n % 3 != 0;
        risks.append(r > 1 ? "," : "")
            .append("{\"id\":\"r").append(n).append("\",\"kind\":\"").append(kinds[r - 1]).append("\"")
            .append(r == 5 ? ",\"otherKind\":\"Data protection\"" : "")
            .append(",\"description\":\"Risk ").append(n).append(": customers wait too long at the desk during the lunchtime rush\"")
            .append(",\"probability\":").append(1 + n % 5).append(",\"consequence\":").append(1 + (n * 2) % 5)
            .append(",\"consequenceFinance\":\"Lost sales and refunds of about 200 pounds a week\"")
            .append(",\"consequenceReputation\":\"Complaints and poor online reviews\"")
            .append(",\"consequenceHealthAndSafety\":\"Older customers standing for a long time can feel faint\"")
            .append(",\"justification\":\"It happened four times last month; the log shows the pattern.\"")
            .append(",\"decision\":\"").append(act ? "ACT" : "TOLERATE").append("\"")
            .append(act
                ? ",\"actions\":[{\"description\":\"Open a second desk at lunchtime\",\"owner\":\"Duty manager\",\"due\":\"2026-10-01\",\"status\":\"DONE\",\"origin\":\"MINE\",\"completed\":\"2026-09-20\"}],\"residualProbability\":1,\"residualConsequence\":2,\"review\":\"Waits fell from 11 to 4 minutes.\""
                : ",\"tolerateReason\":\"The cost of control outweighs the small effect.\",\"toleranceAgreedBy\":\"Dee Shah, duty manager\"")
            .append("}");
      }
      stages.append(s > 1 ? "," : "")
          .append("{\"id\":\"s").append(s).append("\",\"name\":\"Stage ").append(s)
          .append("\",\"description\":\"What happens at stage ").append(s).append("\",\"momentOfTruth\":").append(s == 2)
          .append(",\"risks\":[").append(risks).append("]}");
    }
    return "{\"title\":\"Benchmark round " + round + "\",\"organisation\":\"Harbourside Leisure\","
        + "\"date\":\"2026-09-14\",\"stages\":[" + stages + "],"
        + "\"consultees\":[{\"name\":\"Sam\",\"group\":\"COLLEAGUES\",\"contribution\":\"Timed the lunchtime queue with me for two weeks\",\"riskIds\":[\"r1\",\"r2\"]},"
        + "{\"name\":\"Dee\",\"group\":\"SUPERVISORS_OR_MANAGERS\",\"contribution\":\"Agreed the second desk and the risks we tolerate\",\"riskIds\":[\"r3\"]}],"
        + "\"customersTold\":\"A notice at the desk.\",\"customersToldWho\":\"Lunchtime customers\",\"customersToldOn\":\"2026-09-21\","
        + "\"staffAwareness\":\"A briefing at the huddle.\",\"staffToldWho\":\"The desk team\",\"staffToldOn\":\"2026-09-22\"}";
  }

  static String send(String method, String path, String body, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base).resolve(path)).header("Accept", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    request.method(
        method,
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
    return m.find() ? m.group(1) : null;
  }

  static String number(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("No " + name + " in " + json);
    }
    return m.group(1);
  }
}
