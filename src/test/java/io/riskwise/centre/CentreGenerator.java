package io.riskwise.centre;

import io.riskwise.identity.control.Argon2PasswordHash;
import io.riskwise.identity.control.Passwords;
import io.riskwise.learning.entity.Module;
import io.riskwise.platform.json.CanonicalJson;
import io.riskwise.portfolio.control.Documents;
import io.riskwise.portfolio.entity.ActionStatus;
import io.riskwise.portfolio.entity.AssessmentContent;
import io.riskwise.portfolio.entity.ConsulteeGroup;
import io.riskwise.portfolio.entity.Decision;
import io.riskwise.portfolio.entity.RiskKind;
import io.riskwise.rating.Matrix;
import io.riskwise.testing.Content;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes a realistic large centre straight into a Riskwise database, for load tests and for trying
 * the centre screens at scale. {@link Spec#realistic()} is 5,000 apprentices in 50 cohorts (one of
 * them with 1,000), 100 assessors, about ten evidence items and thirty judgements per apprentice,
 * with learning, risk assessments, submitted versions, reviews and sign-offs spread so that red,
 * amber and green progress all appear.
 *
 * <p>It bypasses the application on purpose: batched JDBC inserts, committed every 1,000 rows, load
 * the whole centre in under a minute, where the REST API would take hours (every sign-in alone
 * costs a password hash). It needs a database that the application has started on at least once,
 * because the catalogue ({@code criterion}) is loaded by the application at start-up; module ids
 * are read from {@code content/learning}, so it runs from the project folder.
 *
 * <p>The same seed gives the same centre, relative to the moment it runs: dates are spread back
 * from now. Every account's password is {@value #PASSWORD}; its hash is computed once, by the
 * application's own {@code Passwords} (Argon2id, with a random salt), and shared by all accounts.
 *
 * <pre>
 * mvn -o -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.riskwise.centre.CentreGenerator \
 *   -Dexec.args="--url jdbc:mysql://localhost:3307/riskwise?sslMode=DISABLED --password embedded"
 * </pre>
 */
public final class CentreGenerator {
  public static final String PASSWORD = "riskwise-demo";
  static final String FRAMEWORK = "customer-service";
  static final List<String> UNITS = List.of("INSCS027", "C6");
  static final int BATCH = 1_000;

  private CentreGenerator() {}

  /** What to generate. Usernames start with the centre code in lower case. */
  public record Spec(
      String centreCode,
      String centreName,
      int apprentices,
      int cohorts,
      int assessors,
      int largestCohort,
      int evidencePerApprentice,
      int judgementsPerApprentice,
      long seed) {

    public Spec {
      if (centreCode == null || !centreCode.matches("[A-Za-z0-9][A-Za-z0-9-]{0,19}")) {
        throw new IllegalArgumentException(
            "The centre code is 1 to 20 letters, digits or hyphens: " + centreCode);
      }
      if (centreName == null || centreName.isBlank() || centreName.length() > 200) {
        throw new IllegalArgumentException("The centre needs a name of at most 200 characters");
      }
      if (apprentices < 1 || cohorts < 1 || assessors < 1 || cohorts > apprentices) {
        throw new IllegalArgumentException(
            "Need at least one apprentice, cohort and assessor, and no more cohorts than apprentices");
      }
      int others = apprentices - largestCohort;
      if (largestCohort < 1 || others < cohorts - 1 || (cohorts == 1 && others != 0)) {
        throw new IllegalArgumentException(
            "The largest cohort ("
                + largestCohort
                + ") must leave at least one apprentice for each of the other "
                + (cohorts - 1)
                + " cohorts, and be everyone when there is one cohort");
      }
      if (evidencePerApprentice < 0 || judgementsPerApprentice < 0) {
        throw new IllegalArgumentException("Evidence and judgements per apprentice are >= 0");
      }
    }

    /** 5,000 apprentices, 50 cohorts, one of them 1,000 strong, 100 assessors. */
    public static Spec realistic() {
      return new Spec("SCALE", "Scale Test College", 5_000, 50, 100, 1_000, 10, 30, 20261122L);
    }

    /**
     * The same centre at another size: a cohort per hundred apprentices (but ten cohorts while they
     * can have twenty each, and never more than 50), the large cohort a fifth of everyone, two
     * assessors per cohort.
     */
    public Spec withApprentices(int count) {
      int c = Math.max(1, Math.min(50, Math.max(count / 100, Math.min(count / 20, 10))));
      int largest = c == 1 ? count : Math.max(1, count / 5);
      return new Spec(
          centreCode,
          centreName,
          count,
          c,
          2 * c,
          largest,
          evidencePerApprentice,
          judgementsPerApprentice,
          seed);
    }

    String prefix() {
      return centreCode.toLowerCase(Locale.ROOT);
    }
  }

  /** What was written: rows per table, the large cohort, the accounts, and how long it took. */
  public record Summary(
      long centreId,
      String centreCode,
      long largestCohortId,
      String largestCohortName,
      int largestCohortSize,
      List<String> largestCohortAssessors,
      Map<String, Long> rows,
      List<String> usernames,
      Duration took) {

    public String describe() {
      StringBuilder out = new StringBuilder();
      out.append(String.format("Centre %s (id %d)%n", centreCode, centreId));
      out.append(
          String.format(
              "Largest cohort: id %d, \"%s\", %,d apprentices, assessors %s%n",
              largestCohortId,
              largestCohortName,
              largestCohortSize,
              String.join(" and ", largestCohortAssessors)));
      out.append("Rows written:\n");
      long total = 0;
      for (Map.Entry<String, Long> table : rows.entrySet()) {
        out.append(String.format("  %-18s %,10d%n", table.getKey(), table.getValue()));
        total += table.getValue();
      }
      out.append(String.format("  %-18s %,10d%n", "total", total));
      out.append("Usernames (password " + PASSWORD + "):\n");
      Map<String, List<String>> byKind = new LinkedHashMap<>();
      for (String username : usernames) {
        byKind
            .computeIfAbsent(username.replaceAll("-\\d+$", ""), k -> new ArrayList<>())
            .add(username);
      }
      byKind.forEach(
          (kind, names) ->
              out.append("  ")
                  .append(
                      names.size() == 1
                          ? names.get(0)
                          : names.get(0)
                              + " .. "
                              + names.get(names.size() - 1)
                              + " ("
                              + names.size()
                              + ")")
                  .append('\n'));
      out.append(String.format("Took %.1f s%n", took.toMillis() / 1000.0));
      return out.toString();
    }
  }

  /**
   * Generates the centre described, dates spread back from now. Commits as it goes, so the
   * connection must not be shared with other work; a run that fails half-way leaves what it
   * committed (start again with another centre code, or on a fresh database).
   */
  public static Summary generate(Connection c, Spec spec) throws SQLException {
    return generate(c, spec, Instant.now().truncatedTo(ChronoUnit.SECONDS));
  }

  /** As {@link #generate(Connection, Spec)}, with "now" given, for repeatable dates. */
  public static Summary generate(Connection c, Spec spec, Instant now) throws SQLException {
    long start = System.nanoTime();
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      Run run = new Run(c, spec, now);
      run.checkDatabase();
      run.plan();
      run.write();
      return run.summary(Duration.ofNanos(System.nanoTime() - start));
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  /**
   * {@code --url jdbc:mysql://... --user root --password X [--apprentices N] [--cohorts N]
   * [--assessors N] [--largest-cohort N] [--evidence N] [--judgements N] [--seed N] [--code C]
   * [--name "..."]}
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        System.err.println("Unexpected argument " + args[i] + "; options are --name value pairs.");
        System.exit(2);
      }
      options.put(args[i].substring(2), args[++i]);
    }
    String url =
        options.getOrDefault(
            "url",
            "jdbc:mysql://localhost:3307/riskwise?sslMode=DISABLED&rewriteBatchedStatements=true");
    if (!url.contains("rewriteBatchedStatements")) {
      url += (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
    }
    Spec spec = Spec.realistic();
    if (options.containsKey("apprentices")) {
      spec = spec.withApprentices(Integer.parseInt(options.get("apprentices")));
    }
    spec =
        new Spec(
            options.getOrDefault("code", spec.centreCode()),
            options.getOrDefault("name", spec.centreName()),
            spec.apprentices(),
            number(options, "cohorts", spec.cohorts()),
            number(options, "assessors", spec.assessors()),
            number(options, "largest-cohort", spec.largestCohort()),
            number(options, "evidence", spec.evidencePerApprentice()),
            number(options, "judgements", spec.judgementsPerApprentice()),
            options.containsKey("seed") ? Long.parseLong(options.get("seed")) : spec.seed());
    System.out.println("Generating " + spec + "\n  into " + url);
    try (Connection c =
        DriverManager.getConnection(
            url,
            options.getOrDefault("user", "root"),
            options.getOrDefault("password", "embedded"))) {
      System.out.print(generate(c, spec).describe());
    } catch (IllegalStateException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    }
  }

  private static int number(Map<String, String> options, String name, int fallback) {
    return options.containsKey(name) ? Integer.parseInt(options.get(name)) : fallback;
  }

  /** The hash the application writes (see Passwords). */
  static String passwordHash(String password) {
    return new Passwords(new Argon2PasswordHash()).hash(password);
  }

  // ---------------------------------------------------------------------------------------------
  // The plan: every row in memory first, then written table by table in dependency order, each
  // row taking its generated id so that the rows after it can refer to it.

  /** How an apprentice is getting on; decides their progress and when they were last active. */
  enum Pace {
    AHEAD,
    ON_TRACK,
    BEHIND,
    STALLED,
    NOT_STARTED
  }

  abstract static class Row {
    long id;
  }

  static final class Person extends Row {
    String username;
    String name;
    String role;
    Instant createdAt;
  }

  static final class Cohort extends Row {
    String name;
    LocalDate startsOn;
    LocalDate plannedEndOn;
    Instant createdAt;
    final List<Person> assessors = new ArrayList<>();
    final List<Apprentice> apprentices = new ArrayList<>();
  }

  static final class Apprentice {
    Person person;
    Cohort cohort;
    String employer;
    LocalDate startsOn;
    Instant enrolledAt;
    Person assessor;
    Pace pace;
    double progress;
    Instant start;
    Instant lastActivity;
    boolean hasAssessment;
    boolean submits;
    boolean waiting;
    boolean reviewed;
    boolean signsC6;
    boolean signsInscs027;
    int evidenceCount;
    int judgementBudget;
    Assessment assessment;
    final List<Evidence> evidence = new ArrayList<>();
    final List<Mapping> mappings = new ArrayList<>();
    final List<Judgement> judgements = new ArrayList<>();

    Instant at(double share) {
      return start.plusSeconds((long) (share * Duration.between(start, lastActivity).getSeconds()));
    }
  }

  record UserRole(long userId, String role) {}

  record CohortAssessor(Cohort cohort, Person assessor) {}

  record ModuleRow(
      Apprentice apprentice,
      String moduleId,
      boolean completed,
      int lastLesson,
      Instant startedAt,
      Instant updatedAt) {}

  record Attempt(
      Apprentice apprentice,
      String moduleId,
      Instant submittedAt,
      int score,
      int maxScore,
      boolean passed) {}

  static final class Assessment extends Row {
    Apprentice apprentice;
    String title;
    LocalDate assessedOn;
    String content;
    long saves;
    Instant createdAt;
    Instant updatedAt;
    final List<Version> versions = new ArrayList<>();
  }

  static final class Version extends Row {
    Assessment assessment;
    int number;
    String content;
    String digest;
    Instant submittedAt;
    Review review;
  }

  static final class Review extends Row {
    Version version;
    Person assessor;
    boolean criteriaMet;
    String feedback;
    Instant decidedAt;
  }

  static final class Evidence extends Row {
    Apprentice apprentice;
    String kind;
    String title;
    LocalDate occurredOn;
    String occasion;
    String body;
    String witnessName;
    String witnessRole;
    String witnessContact;
    Instant createdAt;
  }

  static final class Mapping extends Row {
    Apprentice apprentice;
    String criterionId;
    Evidence evidence;
    Assessment assessment;
    String part;
    Instant createdAt;
  }

  static final class Judgement extends Row {
    Apprentice apprentice;
    String criterionId;
    Review review;
    Mapping mapping;
    boolean met;
    boolean rejected;
    String feedback;
  }

  static final class SignOff extends Row {
    Apprentice apprentice;
    String unit;
    Instant signedAt;
    Instant countersignedAt;
    Instant revokedAt;
    Person revokedBy;
    String revokeReason;
  }

  /** One generation: the plan and its writing. */
  static final class Run {
    final Connection c;
    final Spec spec;
    final Instant now;
    final LocalDate today;
    final Random random;
    final Map<String, Long> rows = new LinkedHashMap<>();
    final Map<String, List<String>> criteria = new LinkedHashMap<>();
    final List<Module> modules = Content.MODULES;

    /** One factory: {@code Json.createObjectBuilder()} looks the provider up on every call. */
    final JsonBuilderFactory json = Json.createBuilderFactory(Map.of());

    long centreId;
    Person admin;
    Person iqa;
    final List<Person> assessors = new ArrayList<>();
    final List<Cohort> cohorts = new ArrayList<>();
    final List<Apprentice> apprentices = new ArrayList<>();
    Cohort largest;
    final List<ModuleRow> moduleRows = new ArrayList<>();
    final List<Attempt> attempts = new ArrayList<>();
    final List<SignOff> signOffs = new ArrayList<>();

    Run(Connection c, Spec spec, Instant now) {
      this.c = c;
      this.spec = spec;
      this.now = now;
      this.today = LocalDate.ofInstant(now, ZoneOffset.UTC);
      this.random = new Random(spec.seed());
    }

    void checkDatabase() throws SQLException {
      try (PreparedStatement select =
          c.prepareStatement(
              "select standard_code, id from criterion where standard_code in ('INSCS027', 'C6')"
                  + " and kind not in ('evidence', 'marking-point') order by standard_code, position")) {
        try (ResultSet found = select.executeQuery()) {
          while (found.next()) {
            criteria
                .computeIfAbsent(found.getString(1), k -> new ArrayList<>())
                .add(found.getString(2));
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException(
            "Cannot read the criterion table ("
                + e.getMessage()
                + "). Start the application once against this database (mvn -Prun), so that Flyway"
                + " creates the tables and the catalogue is loaded, then run the generator again.",
            e);
      }
      for (String unit : UNITS) {
        if (!criteria.containsKey(unit)) {
          throw new IllegalStateException(
              "The criterion table has no criteria of "
                  + unit
                  + ". The application loads the catalogue from content/ when it starts: start it"
                  + " once against this database (mvn -Prun), then run the generator again.");
        }
      }
      try (PreparedStatement select = c.prepareStatement("select id from centre where code = ?")) {
        select.setString(1, spec.centreCode());
        try (ResultSet found = select.executeQuery()) {
          if (found.next()) {
            throw new IllegalStateException(
                "There is already a centre "
                    + spec.centreCode()
                    + " (id "
                    + found.getLong(1)
                    + ") in this database. Choose another code (--code) or start from an empty"
                    + " database.");
          }
        }
      }
    }

    List<String> allCriteria() {
      return criteria.values().stream().flatMap(List::stream).toList();
    }

    // ---- planning ------------------------------------------------------------------------------

    void plan() {
      String prefix = spec.prefix();
      Instant staffSince = now.minus(Duration.ofDays(800));
      admin = person(prefix + "-admin", Names.person(random), "CENTRE_ADMIN", staffSince);
      iqa = person(prefix + "-iqa", Names.person(random), "IQA", staffSince);
      for (int i = 1; i <= spec.assessors(); i++) {
        assessors.add(
            person(
                String.format("%s-assessor-%03d", prefix, i),
                Names.person(random),
                "ASSESSOR",
                staffSince.plus(Duration.ofDays(random.nextInt(200)))));
      }
      planCohorts();
      planApprentices();
      chooseWork();
      for (Apprentice a : apprentices) {
        if (a.pace != Pace.NOT_STARTED) {
          planLearning(a);
          planEvidence(a);
          planAssessment(a);
          planJudgements(a);
          planSignOffs(a);
        }
      }
    }

    private Person person(String username, String name, String role, Instant createdAt) {
      Person p = new Person();
      p.username = username;
      p.name = name;
      p.role = role;
      p.createdAt = createdAt;
      return p;
    }

    /**
     * Start dates spread evenly over the last two years, so some cohorts are new, most are part-way
     * and the oldest are past their planned end; the large cohort started about thirteen months
     * ago, so that its apprentices show every state from not started to signed off.
     */
    private void planCohorts() {
      int count = spec.cohorts();
      int largeIndex = count == 1 ? 0 : Math.round(count * 0.62f);
      int others = spec.apprentices() - spec.largestCohort();
      for (int i = 0; i < count; i++) {
        Cohort cohort = new Cohort();
        long daysAgo = count == 1 ? 400 : 730 - Math.round(i * (720.0 / (count - 1)));
        if (i == largeIndex && count > 1) {
          daysAgo = 400;
        }
        cohort.startsOn = today.minusDays(daysAgo + random.nextInt(5));
        cohort.plannedEndOn = cohort.startsOn.plusMonths(18);
        cohort.createdAt =
            cohort
                .startsOn
                .minusDays(20 + random.nextInt(20))
                .atTime(9, 30)
                .toInstant(ZoneOffset.UTC);
        cohort.name =
            String.format(
                "%d %s %s %02d",
                cohort.startsOn.getYear(),
                cohort.startsOn.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK),
                Names.pick(random, Names.SITES) + " " + Names.pick(random, Names.PROGRAMMES),
                i + 1);
        int first = (2 * i) % assessors.size();
        cohort.assessors.add(assessors.get(first));
        Person second = assessors.get((first + 1) % assessors.size());
        if (second != cohort.assessors.get(0)) {
          cohort.assessors.add(second);
        }
        int size;
        if (i == largeIndex) {
          size = spec.largestCohort();
          largest = cohort;
        } else {
          int rank = i < largeIndex ? i : i - 1;
          size = others / (count - 1) + (rank < others % (count - 1) ? 1 : 0);
        }
        for (int k = 0; k < size; k++) {
          Apprentice a = new Apprentice();
          a.cohort = cohort;
          cohort.apprentices.add(a);
        }
        cohorts.add(cohort);
      }
    }

    private void planApprentices() {
      int number = 0;
      for (Cohort cohort : cohorts) {
        for (Apprentice a : cohort.apprentices) {
          number++;
          a.startsOn = min(cohort.startsOn.plusDays(random.nextInt(31)), today);
          a.enrolledAt =
              min(
                  cohort
                      .startsOn
                      .minusDays(random.nextInt(14))
                      .atTime(10, 0)
                      .toInstant(ZoneOffset.UTC),
                  now.minus(Duration.ofHours(1)));
          a.person =
              person(
                  String.format("%s-apprentice-%05d", spec.prefix(), number),
                  Names.person(random),
                  "APPRENTICE",
                  a.enrolledAt.minus(Duration.ofMinutes(5)));
          a.employer = Names.pick(random, Names.EMPLOYERS);
          a.assessor = cohort.assessors.get(random.nextInt(cohort.assessors.size()));
          a.start = a.startsOn.atTime(9, 0).toInstant(ZoneOffset.UTC);
          double r = random.nextDouble();
          a.pace =
              r < 0.10
                  ? Pace.AHEAD
                  : r < 0.65
                      ? Pace.ON_TRACK
                      : r < 0.83 ? Pace.BEHIND : r < 0.95 ? Pace.STALLED : Pace.NOT_STARTED;
          double elapsed =
              (double) ChronoUnit.DAYS.between(a.startsOn, today)
                  / ChronoUnit.DAYS.between(a.startsOn, cohort.plannedEndOn);
          double pace =
              switch (a.pace) {
                case AHEAD -> 1.2 + 0.3 * random.nextDouble();
                case ON_TRACK -> 0.85 + 0.25 * random.nextDouble();
                case BEHIND -> 0.45 + 0.25 * random.nextDouble();
                case STALLED -> 0.15 + 0.3 * random.nextDouble();
                case NOT_STARTED -> 0;
              };
          a.progress = Math.max(0, Math.min(1, elapsed * pace));
          if (a.pace != Pace.NOT_STARTED) {
            long idleHours =
                switch (a.pace) {
                  case AHEAD, ON_TRACK -> random.nextInt(10 * 24);
                  case BEHIND -> (8 + random.nextInt(21)) * 24L;
                  default -> (31 + random.nextInt(120)) * 24L;
                };
            // Spread over the time of day without a draw, so that every other draw stays as it was.
            long second = Math.floorMod(a.person.username.hashCode() * 7919L, 86_400L);
            Instant last = now.minus(Duration.ofHours(idleHours + 1)).minusSeconds(second);
            Instant earliest = a.start.plus(Duration.ofHours(4));
            if (last.isBefore(earliest)) {
              last =
                  earliest.isBefore(now)
                      ? earliest.plusSeconds(
                          (long)
                              (random.nextDouble() * Duration.between(earliest, now).getSeconds()))
                      : now;
            }
            a.lastActivity = last;
          }
          apprentices.add(a);
        }
      }
    }

    /**
     * Who has a risk assessment, a submission, a review and a sign-off: by progress, so that the
     * shares come out near 80, 60, 45 and 15 per cent of apprentices.
     */
    private void chooseWork() {
      for (Apprentice a : apprentices) {
        a.hasAssessment = a.pace != Pace.NOT_STARTED && a.progress >= 0.12;
        a.submits = a.hasAssessment && a.progress >= 0.33;
        a.waiting = a.submits && random.nextDouble() < 0.3;
        a.reviewed = a.submits && (!a.waiting || random.nextDouble() < 0.25);
      }
      List<Apprentice> candidates =
          new ArrayList<>(
              apprentices.stream()
                  .filter(a -> a.reviewed && !a.waiting && a.progress >= 0.8)
                  .toList());
      candidates.sort(Comparator.comparingDouble((Apprentice a) -> -a.progress));
      int signers = Math.min(candidates.size(), (int) Math.round(apprentices.size() * 0.15));
      for (int i = 0; i < signers; i++) {
        Apprentice a = candidates.get(i);
        a.signsC6 = true;
        a.signsInscs027 = random.nextDouble() < 0.45;
      }
      double evidenceWeights = 0;
      double judgementWeights = 0;
      for (Apprentice a : apprentices) {
        evidenceWeights += evidenceWeight(a);
        judgementWeights += judgementWeight(a);
      }
      double evidenceTotal = (double) spec.evidencePerApprentice() * apprentices.size();
      double judgementTotal = (double) spec.judgementsPerApprentice() * apprentices.size();
      for (Apprentice a : apprentices) {
        a.evidenceCount = share(evidenceTotal, evidenceWeight(a), evidenceWeights);
        a.judgementBudget = share(judgementTotal, judgementWeight(a), judgementWeights);
      }
    }

    private static double evidenceWeight(Apprentice a) {
      return a.pace == Pace.NOT_STARTED ? 0 : 0.15 + a.progress;
    }

    private static double judgementWeight(Apprentice a) {
      return a.reviewed ? 0.3 + a.progress : 0;
    }

    private int share(double total, double weight, double weights) {
      return weights == 0 ? 0 : (int) Math.floor(total * weight / weights + random.nextDouble());
    }

    /** Modules in order; each completed one with a passed knowledge check, some after a fail. */
    private void planLearning(Apprentice a) {
      int done =
          (int)
              Math.min(
                  modules.size(),
                  Math.floor(a.progress * modules.size() * (0.8 + 0.5 * random.nextDouble())));
      boolean oneMore = done < modules.size() && random.nextDouble() < 0.75;
      for (int m = 0; m < done + (oneMore ? 1 : 0); m++) {
        Module module = modules.get(m);
        double begin = Math.min(0.9, 0.03 + m * 0.11 + random.nextDouble() * 0.04);
        Instant startedAt = a.at(begin);
        int questions = module.questionsPerAttempt();
        if (m < done) {
          Instant completedAt = a.at(Math.min(0.95, begin + 0.03 + random.nextDouble() * 0.05));
          if (random.nextDouble() < 0.25) {
            attempts.add(
                new Attempt(
                    a,
                    module.id(),
                    completedAt.minus(Duration.ofHours(26)),
                    questions / 2,
                    questions,
                    false));
          }
          attempts.add(
              new Attempt(
                  a, module.id(), completedAt, questions - random.nextInt(3), questions, true));
          moduleRows.add(
              new ModuleRow(a, module.id(), true, module.lessons().size(), startedAt, completedAt));
        } else {
          int lesson = 1 + random.nextInt(Math.max(1, module.lessons().size() - 1));
          Instant updatedAt = a.at(Math.min(1, begin + 0.05));
          if (!a.hasAssessment && a.evidenceCount == 0) {
            updatedAt = a.lastActivity;
          }
          if (random.nextDouble() < 0.2) {
            attempts.add(new Attempt(a, module.id(), updatedAt, questions / 3, questions, false));
          }
          moduleRows.add(new ModuleRow(a, module.id(), false, lesson, startedAt, updatedAt));
        }
      }
    }

    private void planEvidence(Apprentice a) {
      List<String> all = allCriteria();
      for (int i = 0; i < a.evidenceCount; i++) {
        Evidence e = new Evidence();
        e.apprentice = a;
        e.createdAt = a.at(0.12 + 0.88 * random.nextDouble());
        e.occurredOn =
            max(
                LocalDate.ofInstant(e.createdAt, ZoneOffset.UTC).minusDays(random.nextInt(8)),
                a.startsOn);
        Texts.evidence(random, e, a);
        a.evidence.add(e);
        int claims = 1 + random.nextInt(3);
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < claims) {
          chosen.add(all.get(random.nextInt(all.size())));
        }
        for (String criterion : chosen) {
          Mapping m = new Mapping();
          m.apprentice = a;
          m.criterionId = criterion;
          m.evidence = e;
          m.part = "whole";
          m.createdAt = e.createdAt.plus(Duration.ofMinutes(3 + random.nextInt(30)));
          a.mappings.add(m);
        }
      }
      a.evidence.sort(Comparator.comparing((Evidence e) -> e.createdAt));
    }

    /**
     * The draft and its submitted versions: each version one stage longer than the one before (so
     * that its digest differs, as the application demands), each but the latest returned.
     */
    private void planAssessment(Apprentice a) {
      if (!a.hasAssessment) {
        return;
      }
      Assessment assessment = new Assessment();
      assessment.apprentice = a;
      assessment.createdAt = a.at(0.2 + 0.2 * random.nextDouble());
      assessment.updatedAt = a.lastActivity;
      a.assessment = assessment;
      Texts.Workplace workplace =
          Texts.workplace(random, a, LocalDate.ofInstant(assessment.createdAt, ZoneOffset.UTC));
      int rounds =
          a.reviewed
              ? Math.max(
                  1,
                  Math.min(4, (int) Math.ceil((a.judgementBudget * 0.75) / allCriteria().size())))
              : 0;
      int versions = a.submits ? rounds + (a.waiting ? 1 : 0) : 0;
      int stagesAtFirst = 2 + random.nextInt(2);
      for (int n = 1; n <= versions; n++) {
        Version v = new Version();
        v.assessment = assessment;
        v.number = n;
        AssessmentContent content =
            Texts.assessment(random, workplace, stagesAtFirst + n - 1, true);
        v.content = Documents.write(content);
        v.digest = CanonicalJson.digest(v.content);
        v.submittedAt = a.at(0.5 + 0.48 * n / versions);
        assessment.versions.add(v);
      }
      for (int n = 0; n < versions; n++) {
        Version v = assessment.versions.get(n);
        boolean last = n == versions - 1;
        if (last && a.waiting) {
          break;
        }
        Instant next = last ? now : assessment.versions.get(n + 1).submittedAt;
        long room = Duration.between(v.submittedAt, next).getSeconds();
        long wait = Math.min((long) (room * 0.8), (1 + random.nextInt(10)) * 86_400L);
        Review r = new Review();
        r.version = v;
        r.assessor = a.assessor;
        r.criteriaMet = last && a.progress >= 0.5;
        r.decidedAt = v.submittedAt.plusSeconds(Math.max(600, wait));
        r.feedback = Texts.feedback(random, r.criteriaMet);
        v.review = r;
      }
      AssessmentContent draft =
          Texts.assessment(random, workplace, stagesAtFirst + Math.max(0, versions - 1), a.submits);
      if (!a.submits && random.nextBoolean()) {
        draft.getStages().remove(draft.getStages().size() - 1);
      }
      assessment.content =
          versions > 0 && random.nextDouble() < 0.6
              ? assessment.versions.get(versions - 1).content
              : Documents.write(draft);
      assessment.title = Texts.title(workplace);
      assessment.assessedOn = LocalDate.ofInstant(assessment.createdAt, ZoneOffset.UTC);
      assessment.saves = 3 + random.nextInt(40) + 5L * versions;
      // Claims on parts of the assessment, made while writing it.
      List<String> all = allCriteria();
      int parts = 1 + random.nextInt(4);
      Set<String> chosen = new HashSet<>();
      for (int i = 0; i < parts; i++) {
        String criterion = all.get(random.nextInt(all.size()));
        if (chosen.add(criterion)) {
          Mapping m = new Mapping();
          m.apprentice = a;
          m.criterionId = criterion;
          m.assessment = assessment;
          m.part = Names.pick(random, Texts.PARTS);
          m.createdAt = a.at(0.3 + 0.2 * random.nextDouble());
          a.mappings.add(m);
        }
      }
    }

    /**
     * Criterion judgements per review round, then the claims judged at the last one. The last round
     * settles each criterion: met for the criteria the apprentice has reached (every one of a unit
     * to be signed off), not yet met for the others judged before.
     */
    private void planJudgements(Apprentice a) {
      if (!a.reviewed) {
        return;
      }
      List<Review> reviews =
          a.assessment.versions.stream().map(v -> v.review).filter(r -> r != null).toList();
      List<String> all = allCriteria();
      Set<String> met = new LinkedHashSet<>();
      if (a.signsC6) {
        met.addAll(criteria.get("C6"));
      }
      if (a.signsInscs027) {
        met.addAll(criteria.get("INSCS027"));
      }
      int reached =
          (int)
              Math.round(all.size() * Math.min(1, a.progress * (0.8 + 0.3 * random.nextDouble())));
      List<String> shuffled = new ArrayList<>(all);
      Collections.shuffle(shuffled, random);
      for (String criterion : shuffled) {
        if (met.size() >= reached) {
          break;
        }
        met.add(criterion);
      }
      Review last = reviews.get(reviews.size() - 1);
      List<Mapping> claimable =
          a.mappings.stream().filter(m -> m.createdAt.isBefore(last.version.submittedAt)).toList();
      int claims = Math.min(claimable.size(), a.judgementBudget / 4);
      int remaining = a.judgementBudget - claims;
      Set<String> judged = new LinkedHashSet<>();
      for (int round = 0; round < reviews.size() - 1; round++) {
        int size =
            Math.max(1, Math.min(all.size(), (remaining - met.size()) / (reviews.size() - round)));
        List<String> pick = new ArrayList<>(all);
        Collections.shuffle(pick, random);
        for (String criterion : pick.subList(0, size)) {
          boolean isMet = met.contains(criterion) && random.nextDouble() < 0.5;
          a.judgements.add(judgement(a, reviews.get(round), criterion, isMet, null));
          judged.add(criterion);
        }
        remaining -= size;
      }
      List<String> settle = new ArrayList<>();
      for (String criterion : all) {
        if (met.contains(criterion) || judged.contains(criterion)) {
          settle.add(criterion);
        }
      }
      List<String> untouched = new ArrayList<>(all);
      untouched.removeAll(settle);
      Collections.shuffle(untouched, random);
      for (int i = 0; i < untouched.size() && settle.size() < remaining; i++) {
        settle.add(untouched.get(i));
      }
      settle.sort(Comparator.comparingInt(all::indexOf));
      for (String criterion : settle) {
        a.judgements.add(judgement(a, last, criterion, met.contains(criterion), null));
      }
      List<Mapping> toJudge = new ArrayList<>(claimable);
      Collections.shuffle(toJudge, random);
      for (Mapping m : toJudge.subList(0, claims)) {
        a.judgements.add(judgement(a, last, m.criterionId, random.nextDouble() < 0.88, m));
      }
    }

    private Judgement judgement(
        Apprentice a, Review review, String criterion, boolean met, Mapping mapping) {
      Judgement j = new Judgement();
      j.apprentice = a;
      j.criterionId = criterion;
      j.review = review;
      j.mapping = mapping;
      j.met = met;
      j.rejected = mapping != null && !met;
      j.feedback = Texts.judgementFeedback(random, met, mapping != null);
      return j;
    }

    private void planSignOffs(Apprentice a) {
      if (!a.signsC6) {
        return;
      }
      Instant decided =
          a.assessment.versions.get(a.assessment.versions.size() - 1).review.decidedAt;
      for (String unit : a.signsInscs027 ? List.of("C6", "INSCS027") : List.of("C6")) {
        Instant signedAt = min(decided.plus(Duration.ofHours(2 + random.nextInt(72))), now);
        if (random.nextDouble() < 0.03) {
          SignOff revoked = new SignOff();
          revoked.apprentice = a;
          revoked.unit = unit;
          revoked.signedAt = signedAt;
          revoked.revokedAt = min(signedAt.plus(Duration.ofHours(20)), now);
          revoked.revokedBy = a.assessor;
          revoked.revokeReason =
              "Referred back by the IQA: the witness statement was not confirmed. Signed again after"
                  + " checking with the witness.";
          signOffs.add(revoked);
          signedAt = min(revoked.revokedAt.plus(Duration.ofHours(30)), now);
        }
        SignOff s = new SignOff();
        s.apprentice = a;
        s.unit = unit;
        s.signedAt = signedAt;
        Instant countersigned = signedAt.plus(Duration.ofHours(12 + random.nextInt(120)));
        if (random.nextDouble() < 0.25 && countersigned.isBefore(now)) {
          s.countersignedAt = countersigned;
        }
        signOffs.add(s);
      }
    }

    // ---- writing -------------------------------------------------------------------------------

    void write() throws SQLException {
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into centre (code, name, created_at) values (?, ?, ?)",
              Statement.RETURN_GENERATED_KEYS)) {
        insert.setString(1, spec.centreCode());
        insert.setString(2, spec.centreName());
        insert.setObject(3, utc(now.minus(Duration.ofDays(800))));
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
          keys.next();
          centreId = keys.getLong(1);
        }
      }
      c.commit();
      rows.put("centre", 1L);
      System.out.printf("centre %s: id %d%n", spec.centreCode(), centreId);

      String hash = passwordHash(PASSWORD);
      randomBytes(32); // once the salt of that hash: still drawn, so a seed gives the same centre
      List<Person> people = new ArrayList<>();
      people.add(admin);
      people.add(iqa);
      people.addAll(assessors);
      apprentices.forEach(a -> people.add(a.person));
      insert(
          "app_user",
          "insert into app_user (centre_id, username, display_name, email, password_hash, active,"
              + " created_at) values (?, ?, ?, ?, ?, true, ?)",
          people,
          (s, p) -> {
            s.setLong(1, centreId);
            s.setString(2, p.username);
            s.setString(3, p.name);
            s.setString(4, p.username + "@" + spec.prefix() + ".example");
            s.setString(5, hash);
            s.setObject(6, utc(p.createdAt));
          });
      insert(
          "user_role",
          "insert into user_role (user_id, role) values (?, ?)",
          people.stream().map(p -> new UserRole(p.id, p.role)).toList(),
          (s, r) -> {
            s.setLong(1, r.userId());
            s.setString(2, r.role());
          });
      insert(
          "cohort",
          "insert into cohort (centre_id, name, framework_id, starts_on, planned_end_on, created_at)"
              + " values (?, ?, ?, ?, ?, ?)",
          cohorts,
          (s, k) -> {
            s.setLong(1, centreId);
            s.setString(2, k.name);
            s.setString(3, FRAMEWORK);
            s.setObject(4, k.startsOn);
            s.setObject(5, k.plannedEndOn);
            s.setObject(6, utc(k.createdAt));
          });
      insert(
          "cohort_assessor",
          "insert into cohort_assessor (cohort_id, assessor_id) values (?, ?)",
          cohorts.stream()
              .flatMap(k -> k.assessors.stream().map(p -> new CohortAssessor(k, p)))
              .toList(),
          (s, pair) -> {
            s.setLong(1, pair.cohort().id);
            s.setLong(2, pair.assessor().id);
          });
      insert(
          "enrolment",
          "insert into enrolment (apprentice_id, cohort_id, employer, starts_on, enrolled_at)"
              + " values (?, ?, ?, ?, ?)",
          apprentices,
          (s, a) -> {
            s.setLong(1, a.person.id);
            s.setLong(2, a.cohort.id);
            s.setString(3, a.employer);
            s.setObject(4, a.startsOn);
            s.setObject(5, utc(a.enrolledAt));
          });
      insert(
          "allocation",
          "insert into allocation (assessor_id, apprentice_id, allocated_at) values (?, ?, ?)",
          apprentices,
          (s, a) -> {
            s.setLong(1, a.assessor.id);
            s.setLong(2, a.person.id);
            s.setObject(3, utc(a.enrolledAt.plus(Duration.ofHours(1))));
          });
      insert(
          "module_progress",
          "insert into module_progress (apprentice_id, module_id, status, last_lesson, started_at,"
              + " updated_at, completed_at) values (?, ?, ?, ?, ?, ?, ?)",
          moduleRows,
          (s, m) -> {
            s.setLong(1, m.apprentice().person.id);
            s.setString(2, m.moduleId());
            s.setString(3, m.completed() ? "COMPLETED" : "IN_PROGRESS");
            s.setInt(4, m.lastLesson());
            s.setObject(5, utc(m.startedAt()));
            s.setObject(6, utc(m.updatedAt()));
            s.setObject(7, m.completed() ? utc(m.updatedAt()) : null);
          });
      insert(
          "learning_attempt",
          "insert into learning_attempt (apprentice_id, module_id, activity_id, submitted_at, score,"
              + " max_score, passed, answers, feedback) values (?, ?, null, ?, ?, ?, ?, '[]', '[]')",
          attempts,
          (s, t) -> {
            s.setLong(1, t.apprentice().person.id);
            s.setString(2, t.moduleId());
            s.setObject(3, utc(t.submittedAt()));
            s.setInt(4, t.score());
            s.setInt(5, t.maxScore());
            s.setBoolean(6, t.passed());
          });
      List<Assessment> assessments =
          apprentices.stream().map(a -> a.assessment).filter(x -> x != null).toList();
      insert(
          "risk_assessment",
          "insert into risk_assessment (apprentice_id, title, assessed_on, content, version,"
              + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)",
          assessments,
          (s, x) -> {
            s.setLong(1, x.apprentice.person.id);
            s.setString(2, x.title);
            s.setObject(3, x.assessedOn);
            s.setString(4, x.content);
            s.setLong(5, x.saves);
            s.setObject(6, utc(x.createdAt));
            s.setObject(7, utc(x.updatedAt));
          });
      List<Version> versions = assessments.stream().flatMap(x -> x.versions.stream()).toList();
      insert(
          "assessment_version",
          "insert into assessment_version (assessment_id, number, content, digest, submitted_at,"
              + " canonical_form) values (?, ?, ?, ?, ?, 'RFC8785')",
          versions,
          (s, v) -> {
            s.setLong(1, v.assessment.id);
            s.setInt(2, v.number);
            s.setString(3, v.content);
            s.setString(4, v.digest);
            s.setObject(5, utc(v.submittedAt));
          });
      List<Evidence> evidence = apprentices.stream().flatMap(a -> a.evidence.stream()).toList();
      insert(
          "evidence_item",
          "insert into evidence_item (apprentice_id, kind, title, occurred_on, occasion, body,"
              + " witness_name, witness_role, witness_contact, created_at)"
              + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          evidence,
          (s, e) -> {
            s.setLong(1, e.apprentice.person.id);
            s.setString(2, e.kind);
            s.setString(3, e.title);
            s.setObject(4, e.occurredOn);
            s.setString(5, e.occasion);
            s.setString(6, e.body);
            s.setString(7, e.witnessName);
            s.setString(8, e.witnessRole);
            s.setString(9, e.witnessContact);
            s.setObject(10, utc(e.createdAt));
          });
      List<Mapping> mappings = apprentices.stream().flatMap(a -> a.mappings.stream()).toList();
      insert(
          "evidence_mapping",
          "insert into evidence_mapping (apprentice_id, criterion_id, evidence_id, assessment_id,"
              + " part, created_at) values (?, ?, ?, ?, ?, ?)",
          mappings,
          (s, m) -> {
            s.setLong(1, m.apprentice.person.id);
            s.setString(2, m.criterionId);
            s.setObject(3, m.evidence == null ? null : m.evidence.id);
            s.setObject(4, m.assessment == null ? null : m.assessment.id);
            s.setString(5, m.part);
            s.setObject(6, utc(m.createdAt));
          });
      List<Review> reviews = versions.stream().map(v -> v.review).filter(r -> r != null).toList();
      insert(
          "review",
          "insert into review (version_id, assessor_id, outcome, feedback, decided_at)"
              + " values (?, ?, ?, ?, ?)",
          reviews,
          (s, r) -> {
            s.setLong(1, r.version.id);
            s.setLong(2, r.assessor.id);
            s.setString(3, r.criteriaMet ? "CRITERIA_MET" : "RETURNED");
            s.setString(4, r.feedback);
            s.setObject(5, utc(r.decidedAt));
          });
      List<Judgement> judgements =
          apprentices.stream().flatMap(a -> a.judgements.stream()).toList();
      insert(
          "judgement",
          "insert into judgement (apprentice_id, criterion_id, assessor_id, review_id, version_id,"
              + " evidence_id, mapping_id, module_id, record_id, source, status, feedback,"
              + " judged_at) values (?, ?, ?, ?, ?, ?, ?, null, null, ?, ?, ?, ?)",
          judgements,
          (s, j) -> {
            s.setLong(1, j.apprentice.person.id);
            s.setString(2, j.criterionId);
            s.setLong(3, j.review.assessor.id);
            s.setLong(4, j.review.id);
            s.setLong(5, j.review.version.id);
            Evidence e = j.mapping == null ? null : j.mapping.evidence;
            s.setObject(6, e == null ? null : e.id);
            s.setObject(7, j.mapping == null ? null : j.mapping.id);
            s.setString(8, e == null ? "SUBMISSION" : "EVIDENCE");
            s.setString(9, j.met ? "MET" : j.rejected ? "REJECTED" : "NOT_YET_MET");
            s.setString(10, j.feedback);
            s.setObject(11, utc(j.review.decidedAt));
          });
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into criterion_status (apprentice_id, criterion_id, status, judgement_id)"
                  + " select j.apprentice_id, j.criterion_id, j.status, j.id from judgement j"
                  + " join (select max(j2.id) id from judgement j2"
                  + " join app_user u on u.id = j2.apprentice_id"
                  + " where u.centre_id = ? and j2.mapping_id is null"
                  + " group by j2.apprentice_id, j2.criterion_id) latest on latest.id = j.id")) {
        s.setLong(1, centreId);
        rows.put("criterion_status", (long) s.executeUpdate());
      }
      c.commit();
      insert(
          "sign_off",
          "insert into sign_off (apprentice_id, unit_code, assessor_id, signed_at, evidence, digest,"
              + " countersigned_at, revoked_at, revoked_by, revoke_reason)"
              + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          signOffs,
          (s, o) -> {
            String signed = signedEvidence(o.apprentice, o.unit);
            s.setLong(1, o.apprentice.person.id);
            s.setString(2, o.unit);
            s.setLong(3, o.apprentice.assessor.id);
            s.setObject(4, utc(o.signedAt));
            s.setString(5, signed);
            s.setString(6, CanonicalJson.digest(signed));
            s.setObject(7, o.countersignedAt == null ? null : utc(o.countersignedAt));
            s.setObject(8, o.revokedAt == null ? null : utc(o.revokedAt));
            s.setObject(9, o.revokedBy == null ? null : o.revokedBy.id);
            s.setString(10, o.revokeReason);
          });
    }

    /**
     * What SignOffs writes: per criterion of the unit, the judgement that met it with the version
     * it judged, and the accepted claims on it; in RFC 8785 form.
     */
    private String signedEvidence(Apprentice a, String unit) {
      Map<String, Judgement> latest = new HashMap<>();
      for (Judgement j : a.judgements) {
        if (j.mapping == null) {
          latest.put(j.criterionId, j);
        }
      }
      JsonArrayBuilder list = json.createArrayBuilder();
      for (String criterion : criteria.get(unit)) {
        Judgement j = latest.get(criterion);
        JsonArrayBuilder claims = json.createArrayBuilder();
        a.judgements.stream()
            .filter(c -> c.mapping != null && c.met && c.criterionId.equals(criterion))
            .sorted(Comparator.comparingLong((Judgement c) -> c.mapping.id))
            .forEach(
                c -> {
                  JsonObjectBuilder claim = json.createObjectBuilder();
                  if (c.mapping.evidence != null) {
                    claim.add("evidence", c.mapping.evidence.id).add("evidenceFile", "");
                  }
                  claims.add(claim.add("mapping", c.mapping.id));
                });
        list.add(
            json.createObjectBuilder()
                .add("claims", claims)
                .add("criterion", criterion)
                .add("judgement", j.id)
                .add("source", "SUBMISSION")
                .add("version", j.review.version.id)
                .add("versionDigest", j.review.version.digest));
      }
      return CanonicalJson.of(list.build());
    }

    interface Binder<T> {
      void bind(PreparedStatement statement, T row) throws SQLException;
    }

    /**
     * Inserts in batches of {@value #BATCH}, one commit per batch; rows that are {@link Row}s take
     * their generated ids. Multi-row inserts get consecutive ids (InnoDB's default lock mode),
     * which is what lets the driver report one key per row.
     */
    private <T> void insert(String table, String sql, List<T> list, Binder<T> binder)
        throws SQLException {
      long started = System.nanoTime();
      boolean keys = !list.isEmpty() && list.get(0) instanceof Row;
      try (PreparedStatement statement =
          keys
              ? c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
              : c.prepareStatement(sql)) {
        for (int from = 0; from < list.size(); from += BATCH) {
          List<T> batch = list.subList(from, Math.min(list.size(), from + BATCH));
          for (T row : batch) {
            binder.bind(statement, row);
            statement.addBatch();
          }
          statement.executeBatch();
          if (keys) {
            try (ResultSet generated = statement.getGeneratedKeys()) {
              for (T row : batch) {
                if (!generated.next()) {
                  throw new IllegalStateException(
                      "The driver returned fewer ids than rows inserted into " + table);
                }
                ((Row) row).id = generated.getLong(1);
              }
            }
          }
          c.commit();
          if (list.size() >= 20 * BATCH && (from / BATCH) % 20 == 19) {
            System.out.printf("  %-18s %,10d of %,d%n", table, from + batch.size(), list.size());
          }
        }
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
      rows.put(table, (long) list.size());
      System.out.printf(
          "%-18s %,10d rows  %6.1f s%n", table, list.size(), (System.nanoTime() - started) / 1e9);
    }

    Summary summary(Duration took) {
      List<String> usernames = new ArrayList<>();
      usernames.add(admin.username);
      usernames.add(iqa.username);
      assessors.forEach(p -> usernames.add(p.username));
      apprentices.forEach(a -> usernames.add(a.person.username));
      return new Summary(
          centreId,
          spec.centreCode(),
          largest.id,
          largest.name,
          largest.apprentices.size(),
          largest.assessors.stream().map(p -> p.username).toList(),
          rows,
          usernames,
          took);
    }

    private byte[] randomBytes(int size) {
      byte[] bytes = new byte[size];
      random.nextBytes(bytes);
      return bytes;
    }
  }

  static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  // ---------------------------------------------------------------------------------------------

  /** Names of people, employers and places, for lists that look like a real centre's. */
  static final class Names {
    static final List<String> FIRST =
        List.of(
            "Aaliyah",
            "Adam",
            "Aisha",
            "Alfie",
            "Amelia",
            "Amir",
            "Ava",
            "Ben",
            "Bethany",
            "Callum",
            "Chloe",
            "Connor",
            "Daniel",
            "Demi",
            "Dylan",
            "Ellie",
            "Emily",
            "Ethan",
            "Evie",
            "Faith",
            "Finley",
            "Freya",
            "Georgia",
            "Grace",
            "Hannah",
            "Harvey",
            "Hassan",
            "Holly",
            "Imran",
            "Isla",
            "Jack",
            "Jade",
            "Jake",
            "Jasmine",
            "Jayden",
            "Jordan",
            "Joshua",
            "Kacper",
            "Kai",
            "Katie",
            "Keira",
            "Kyle",
            "Laila",
            "Lauren",
            "Leah",
            "Lewis",
            "Liam",
            "Lucy",
            "Maja",
            "Mason",
            "Megan",
            "Mia",
            "Mohammed",
            "Molly",
            "Nathan",
            "Niamh",
            "Noah",
            "Olivia",
            "Oliver",
            "Oscar",
            "Paige",
            "Priya",
            "Rhys",
            "Rosie",
            "Ryan",
            "Sam",
            "Sana",
            "Scarlett",
            "Sophie",
            "Tariq",
            "Tom",
            "Tyler",
            "Zara",
            "Zoe");
    static final List<String> LAST =
        List.of(
            "Adams",
            "Ahmed",
            "Ali",
            "Bailey",
            "Baker",
            "Bell",
            "Campbell",
            "Carter",
            "Chen",
            "Clarke",
            "Cole",
            "Davies",
            "Doyle",
            "Edwards",
            "Evans",
            "Fraser",
            "Green",
            "Griffiths",
            "Hall",
            "Hassan",
            "Hughes",
            "Hussain",
            "Jackson",
            "James",
            "Johnson",
            "Jones",
            "Kaur",
            "Kelly",
            "Khan",
            "Kowalski",
            "Lee",
            "Lewis",
            "MacDonald",
            "Martin",
            "Mistry",
            "Moore",
            "Morgan",
            "Murphy",
            "Murray",
            "Nowak",
            "Okafor",
            "O'Brien",
            "Owen",
            "Patel",
            "Price",
            "Reid",
            "Roberts",
            "Robinson",
            "Scott",
            "Shah",
            "Singh",
            "Smith",
            "Stewart",
            "Taylor",
            "Thomas",
            "Thompson",
            "Turner",
            "Walker",
            "Walsh",
            "Ward",
            "Watson",
            "White",
            "Williams",
            "Wilson",
            "Wood",
            "Wright",
            "Young");
    static final List<String> EMPLOYERS =
        List.of(
            "Harbourside Leisure",
            "Greenway Home Energy",
            "Brookside Housing Association",
            "Northfield City Council",
            "Castlegate Building Society",
            "Meadowbank Veterinary Group",
            "Riverside NHS Trust, patient services",
            "Kingsway Motors",
            "Parkview Dental Practices",
            "Lakeland Water",
            "Cityline Buses",
            "Oakfield Garden Centres",
            "The Bright Lane Hotel",
            "Westbrook Shopping Centre",
            "Summit Broadband",
            "Fairdeal Supermarkets",
            "Hilltop Care Homes",
            "Ashworth Insurance Services",
            "Canal Street Opticians",
            "Eastfield College",
            "Thistle Mobile",
            "Redwood Estate Agents",
            "Swift Parcel Delivery",
            "Grand Central Cinemas",
            "Bayview Holiday Park",
            "Marlow Furniture",
            "Station Road Pharmacy",
            "Pennine Rail Travel",
            "Coastal Credit Union",
            "Heritage Museums Trust",
            "Clearview Windows",
            "Maple Leaf Nurseries",
            "Victoria Hall Theatre",
            "Central Library Services",
            "Peak Fitness Gyms",
            "Orchard Travel",
            "Silverline Taxis",
            "Beacon Energy Advice",
            "Northern Lights Electrical",
            "Willow Bank Surgery");
    static final List<String> SITES =
        List.of(
            "Riverside",
            "Northgate",
            "Harbourside",
            "Kingsway",
            "Meadowbank",
            "Eastfield",
            "Westbrook",
            "Hillcrest",
            "Castlegate",
            "Parkview");
    static final List<String> PROGRAMMES =
        List.of(
            "Contact Centre",
            "Retail Service",
            "Hospitality",
            "Public Services",
            "Housing Services",
            "Leisure",
            "Health Reception",
            "Utilities",
            "Travel and Transport",
            "Financial Services");
    static final List<String> WITNESS_ROLES =
        List.of(
            "Team leader",
            "Duty manager",
            "Customer service manager",
            "Supervisor",
            "Store manager",
            "Shift manager",
            "Operations manager",
            "Senior adviser");

    static String person(Random random) {
      return pick(random, FIRST) + " " + pick(random, LAST);
    }

    static String pick(Random random, List<String> list) {
      return list.get(random.nextInt(list.size()));
    }
  }

  /** The words of generated work: short, varied, and plausible to an assessor's eye. */
  static final class Texts {
    static final List<String> PARTS =
        List.of(
            "whole", "consultation", "customers-told", "staff-awareness", "stage:s1", "risk:r1");

    record Workplace(
        String organisation, String area, String customers, String service, LocalDate date) {}

    static final List<String[]> AREAS =
        List.of(
            new String[] {"the front desk: enquiries, bookings and complaints", "desk"},
            new String[] {"the phone and web chat queue for billing questions", "contact line"},
            new String[] {"the customer service counter and click-and-collect point", "counter"},
            new String[] {"repairs reporting and appointment booking", "repairs line"},
            new String[] {"the reception and check-in for appointments", "reception"},
            new String[] {"handling returns, refunds and exchanges", "returns desk"},
            new String[] {"the ticket office and information point", "ticket office"},
            new String[] {"new customer sign-ups and account changes", "accounts team"});
    static final List<String> STAGES =
        List.of(
            "Customer gets in touch",
            "Customer is greeted and identified",
            "Need is understood and recorded",
            "Solution is offered and agreed",
            "Payment or booking is taken",
            "Follow-up and closing the case",
            "Complaint is handled",
            "Feedback is collected");
    static final Map<RiskKind, List<String>> RISKS =
        Map.of(
            RiskKind.FINANCIAL,
            List.of(
                "Refunds given without the right checks cost money every month",
                "Bookings taken with the wrong price lose income",
                "Customers who give up in the queue take their business elsewhere"),
            RiskKind.REPUTATIONAL,
            List.of(
                "Long waits at busy times lead to complaints and poor online reviews",
                "Promises of call-backs that never happen make customers angry",
                "Staff give different answers to the same question"),
            RiskKind.HEALTH_AND_SAFETY,
            List.of(
                "Wet floor by the entrance when it rains causes slips",
                "Angry customers at the counter put staff at risk of abuse",
                "Boxes stored in the walkway block the fire exit route"),
            RiskKind.SUB_STANDARD,
            List.of(
                "Customer details written on paper get lost before they are keyed in",
                "Cases passed to another team are not followed up",
                "New starters are not trained on the booking system before going live"));
    static final List<String> ACTIONS =
        List.of(
            "Open a second point at busy times",
            "Add a check step to the refund form",
            "Put a warning sign and a longer mat at the entrance",
            "Add a prompt card at each desk",
            "Review the queue figures every week at the team meeting",
            "Train the new starters before they go live");

    static Workplace workplace(Random random, Apprentice a, LocalDate date) {
      String[] area = AREAS.get(random.nextInt(AREAS.size()));
      return new Workplace(
          a.employer,
          area[0],
          "External customers who use the "
              + area[1]
              + " every day, and colleagues in the teams we pass cases to.",
          area[1],
          date);
    }

    static String title(Workplace w) {
      return "Risk assessment of the " + w.service() + " at " + w.organisation();
    }

    /** A small but complete document; with {@code finished} every risk is decided. */
    static AssessmentContent assessment(Random random, Workplace w, int stages, boolean finished) {
      Matrix matrix = Matrix.standard();
      AssessmentContent content = new AssessmentContent();
      content.setMatrix(matrix);
      content.setTitle(title(w));
      content.setOrganisation(w.organisation());
      content.setRole("Customer service apprentice");
      content.setArea(w.area());
      content.setDate(w.date());
      content.setCustomers(w.customers());
      content.setInternalCustomers(true);
      content.setExternalCustomers(true);
      List<RiskKind> kinds = RiskKind.REQUIRED;
      int riskNumber = 0;
      for (int s = 1; s <= stages; s++) {
        AssessmentContent.Stage stage = new AssessmentContent.Stage();
        stage.setId("s" + s);
        stage.setName(STAGES.get((s - 1) % STAGES.size()));
        stage.setDescription(
            "What happens at this stage of the " + w.service() + ", step by step.");
        stage.setMomentOfTruth(s == 1 || random.nextInt(3) == 0);
        for (int k = 0; k < 1 + random.nextInt(2); k++) {
          RiskKind kind = kinds.get((s + k) % kinds.size());
          AssessmentContent.Risk risk = new AssessmentContent.Risk();
          risk.setId("r" + ++riskNumber);
          risk.setKind(kind);
          risk.setDescription(Names.pick(random, RISKS.get(kind)));
          risk.setProbability(1 + random.nextInt(5));
          risk.setConsequence(1 + random.nextInt(5));
          risk.setConsequenceFinance(
              "About " + (50 + random.nextInt(20) * 25) + " pounds a month.");
          risk.setJustification("It happened several times last month; the log shows the pattern.");
          if (finished) {
            boolean act = risk.getProbability() * risk.getConsequence() > 6 || riskNumber == 1;
            risk.setDecision(act && riskNumber != 2 ? Decision.ACT : Decision.TOLERATE);
            if (risk.getDecision() == Decision.ACT) {
              AssessmentContent.Action action = new AssessmentContent.Action();
              action.setDescription(Names.pick(random, ACTIONS));
              action.setOwner("Team leader");
              action.setDue(content.getDate().plusDays(14 + random.nextInt(60)));
              action.setStatus(ActionStatus.values()[random.nextInt(3)]);
              risk.getActions().add(action);
              risk.setResidualProbability(
                  Math.max(1, risk.getProbability() - 1 - random.nextInt(2)));
              risk.setResidualConsequence(risk.getConsequence());
              risk.setReview("Checked a month later: the problem happens less often.");
            } else {
              risk.setTolerateReason("The cost of a control outweighs the small effect.");
            }
          }
          stage.getRisks().add(risk);
        }
        content.getStages().add(stage);
      }
      AssessmentContent.Consultee colleague = new AssessmentContent.Consultee();
      colleague.setName(Names.person(random) + ", colleague");
      colleague.setGroup(ConsulteeGroup.COLLEAGUES);
      colleague.setContribution("Went through the risks with me and suggested the first action.");
      AssessmentContent.Consultee manager = new AssessmentContent.Consultee();
      manager.setName(Names.person(random) + ", team leader");
      manager.setGroup(ConsulteeGroup.SUPERVISORS_OR_MANAGERS);
      manager.setContribution("Agreed the ratings and took on the actions that need budget.");
      content.getConsultees().add(colleague);
      content.getConsultees().add(manager);
      if (finished) {
        content.setCustomersTold("A notice at the desk and a line on the website.");
        content.setStaffAwareness(
            "A briefing at the morning huddle and a note in the handover file.");
      }
      content.normalise();
      content.rate();
      return content;
    }

    static final String[][] EVIDENCE =
        new String[][] {
          {
            "WITNESS_TESTIMONY",
            "Handling the busy Saturday queue",
            "Saturday morning shift",
            "I supervise %s at %s. On this shift I watched them run the second check-in point,"
                + " explain the new arrangement to customers and time the queue for their review."
                + " The longest wait was seven minutes and no complaint was made."
          },
          {
            "WITNESS_TESTIMONY",
            "Raising risks at the team huddle",
            "Afternoon team huddle",
            "%s talked the team at %s through the risks they had found, explained why two were the"
                + " most serious, and asked everyone to use the new prompt card."
          },
          {
            "REFLECTIVE_ACCOUNT",
            "A complaint that made me look at the process",
            "Handling a complaint at the desk",
            "A customer complained that nobody had called back. I looked at how call-backs are"
                + " recorded at %2$s and found notes were kept on paper. I added this to my risk"
                + " assessment and suggested a shared log. Next time I would check sooner."
          },
          {
            "REFLECTIVE_ACCOUNT",
            "Briefing colleagues on our risks",
            "Team meeting",
            "I presented my risk log at the team meeting at %2$s. People challenged one rating, so"
                + " we agreed a change together. Afterwards I put a summary in the handover file."
          },
          {
            "REFLECTIVE_ACCOUNT",
            "The wet floor risk",
            "Rainy Monday at the entrance",
            "When it rained the entrance floor was wet and a customer nearly slipped. I reported it,"
                + " put out the sign and suggested a longer mat, which was bought the next week."
          },
          {
            "PROFESSIONAL_DISCUSSION",
            "Rating risks and cost/benefit",
            "Review visit with my assessor",
            "Record of a 40-minute discussion. %s explained how each risk was rated on the 5 x 5"
                + " matrix, why two risks were tolerated, how the risk log is used, and the payback"
                + " period of the second check-in point at %s."
          },
          {
            "PRODUCT",
            "Risk log for the service",
            "Completing the risk assessment",
            "The risk log kept on the shared drive at %2$s: every risk with its stage, kind, rating,"
                + " band, owner, action or reason for tolerating it, status and review date."
          },
          {
            "PRODUCT",
            "Prompt card for the desks",
            "Making the prompt card",
            "A one-page prompt card I made for colleagues at %2$s, listing the questions to ask"
                + " customers who may need extra help, and who to tell."
          }
        };

    static void evidence(Random random, Evidence e, Apprentice a) {
      String[] template = EVIDENCE[random.nextInt(EVIDENCE.length)];
      String first = a.person.name.substring(0, a.person.name.indexOf(' '));
      e.kind = template[0];
      e.title = template[1];
      e.occasion = template[2];
      e.body = String.format(template[3], first, a.employer);
      if (e.kind.equals("WITNESS_TESTIMONY")) {
        String witness = Names.person(random);
        e.witnessName = witness;
        e.witnessRole = Names.pick(random, Names.WITNESS_ROLES) + ", " + a.employer;
        e.witnessContact =
            witness.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").replace(' ', '.')
                + "@"
                + a.employer
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z]+", "-")
                    .replaceAll("-$", "")
                + ".example";
      }
    }

    static String feedback(Random random, boolean met) {
      return met
          ? Names.pick(
              random,
              List.of(
                  "A thorough assessment of a real process, with figures before and after.",
                  "Well done: every risk is rated and justified, and the review shows the effect.",
                  "Clear and complete. The consultation with two groups is well evidenced."))
          : Names.pick(
              random,
              List.of(
                  "Good start. Consult someone from a second group and judge one risk tolerable.",
                  "Please add the probability of each risk and say how customers were told.",
                  "Review the effect of your actions and record the residual rating."));
    }

    static String judgementFeedback(Random random, boolean met, boolean claim) {
      if (met) {
        return random.nextInt(3) == 0 ? "Clearly shown." : null;
      }
      return claim
          ? "This evidence does not show the criterion; see my comments."
          : "Not yet: see the feedback on the submission.";
    }
  }
}
