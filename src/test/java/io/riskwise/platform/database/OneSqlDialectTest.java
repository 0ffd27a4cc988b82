package io.riskwise.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tests run on MariaDB, production on MySQL 8: the SQL we write ourselves, the migrations and every
 * native query, must use only what both accept. Each rule below is a function or a piece of syntax
 * that one of the two refuses or reads differently, from MariaDB's published lists ("Function
 * Differences Between MariaDB 11.4 and MySQL 8.0" and "Incompatibilities and Feature Differences
 * Between MariaDB 11.4 and MySQL 8.0"). The SQL EclipseLink writes from JPQL is not scanned: it is
 * written for MySQL by its platform, and runs in every integration test under MySQL 8's sql_mode.
 */
class OneSqlDialectTest {
  static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
  static final Path SOURCES = Path.of("src/main/java");

  /** What only MariaDB accepts, by what it is; each a case-insensitive pattern. */
  static final Map<String, String> MARIADB_ONLY =
      Map.ofEntries(
          Map.entry(
              "a dynamic-column function",
              "\\bcolumn_(add|check|create|delete|exists|get|json|list)\\s*\\("),
          Map.entry(
              "an Oracle-style function",
              "\\b(add_months|chr|decode_oracle|lengthb|nvl|nvl2|sys_guid|to_char|trim_oracle"
                  + "|months_between|rownum|sformat|natural_sort_key|kdf|crc32c)\\s*\\("),
          Map.entry(
              "a function MySQL 8 removed",
              "\\b(des_encrypt|des_decrypt|encode|decode|password|old_password|encrypt"
                  + "|glength|astext|aswkt|aswkb|asbinary|geomfromtext|geomfromwkb|area|centroid"
                  + "|envelope|contains|intersects|crosses|disjoint|equals|overlaps|touches|within"
                  + "|buffer|convexhull|dimension|exteriorring|interiorringn|numpoints|pointn"
                  + "|startpoint|endpoint)\\s*\\("),
          Map.entry(
              "a MariaDB JSON function",
              "\\bjson_(compact|detailed|loose|exists|query|normalize|equals|array_intersect"
                  + "|object_filter_keys|object_to_array|key_value)\\s*\\("),
          Map.entry(
              "a sequence",
              "\\b(nextval|lastval|setval)\\s*\\(|\\b(next|previous)\\s+value\\s+for\\b"
                  + "|\\bcreate\\s+sequence\\b"),
          Map.entry(
              "a MariaDB window function", "\\b(median|percentile_cont|percentile_disc)\\s*\\("),
          Map.entry("RETURNING", "\\breturning\\b"),
          Map.entry("CREATE OR REPLACE TABLE", "\\bcreate\\s+or\\s+replace\\s+table\\b"),
          Map.entry(
              "IF [NOT] EXISTS inside ALTER TABLE or CREATE INDEX",
              "\\b(add|drop|modify|change)\\s+(column\\s+|index\\s+|key\\s+|foreign\\s+key\\s+"
                  + "|constraint\\s+|partition\\s+)?if\\s+(not\\s+)?exists\\b"
                  + "|\\bcreate\\s+(unique\\s+)?index\\s+if\\s+not\\s+exists\\b"),
          Map.entry(
              "system versioning or periods", "\\bsystem\\s+versioning\\b|\\bperiod\\s+for\\b"),
          Map.entry(
              "a MariaDB-only engine",
              "\\bengine\\s*=?\\s*(aria|columnstore|rocksdb|connect|spider|s3|sequence|oqgraph)\\b"),
          Map.entry(
              "a MariaDB-only type",
              "\\b(inet4|inet6|vector\\s*\\(|xmltype)\\b|\\buuid\\b(?!\\s*\\()"),
          Map.entry("a MariaDB-only collation", "\\buca1400\\b"),
          Map.entry("MINUS or INTERSECT/EXCEPT ALL", "\\bminus\\b|\\b(intersect|except)\\s+all\\b"),
          Map.entry("ROWS EXAMINED", "\\brows\\s+examined\\b"),
          Map.entry(
              "an expression default without brackets (MySQL 8 wants DEFAULT (expr))",
              "\\bdefault\\s+(?!current_timestamp|now\\b|null\\b|true\\b|false\\b)[a-z_]+\\s*\\("));

  /** What only MySQL 8 accepts. */
  static final Map<String, String> MYSQL_ONLY =
      Map.ofEntries(
          Map.entry(
              "a MySQL-only function",
              "\\b(any_value|grouping|regexp_like|bin_to_uuid|uuid_to_bin|is_uuid|random_bytes"
                  + "|statement_digest|statement_digest_text|format_bytes|format_pico_time"
                  + "|json_storage_size|json_storage_free|json_schema_validation_report"
                  + "|validate_password_strength|release_all_locks|icu_version|roles_graphml"
                  + "|gtid_subset|gtid_subtract|wait_for_executed_gtid_set)\\s*\\("),
          Map.entry("MEMBER OF", "\\bmember\\s+of\\s*\\("),
          Map.entry("a LATERAL derived table", "\\blateral\\b"),
          Map.entry("VALUES ROW(...) or TABLE statement", "\\bvalues\\s+row\\s*\\("),
          Map.entry(
              "a row alias in ON DUPLICATE KEY UPDATE",
              "\\)\\s*as\\s+[a-z_]+\\s+on\\s+duplicate\\s+key\\b"),
          Map.entry("SET PERSIST", "\\bset\\s+persist(_only)?\\b"),
          Map.entry("a MySQL-only collation", "\\butf8mb4_0900\\w*|\\b_0900_"),
          Map.entry("an INVISIBLE index (MariaDB says IGNORED)", "\\bindex\\b[^;]*\\binvisible\\b"),
          Map.entry("the NDB engine", "\\bengine\\s*=?\\s*ndb\\w*\\b"));

  @Test
  void migrationsAndNativeQueriesUseOnlyWhatBothServersAccept() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path file : sqlFiles()) {
      found.addAll(differences(file.toString(), withoutSqlComments(Files.readString(file))));
    }
    for (Path file : javaFilesWithNativeSql()) {
      found.addAll(differences(file.toString(), stringLiterals(Files.readString(file))));
    }
    assertEquals(List.of(), found, "SQL that only one of MariaDB and MySQL 8 accepts");
  }

  @Test
  void thereIsSqlToScan() throws IOException {
    assertTrue(sqlFiles().size() >= 10, "the migrations were found");
    assertTrue(javaFilesWithNativeSql().size() >= 5, "the native queries were found");
    String progress =
        stringLiterals(
            Files.readString(SOURCES.resolve("io/riskwise/centre/boundary/Progress.java")));
    assertTrue(progress.contains("select"), progress);
  }

  @Test
  void eachKindOfDifferenceIsCaught() {
    assertEquals(1, differences("t", "insert into t (a) values (1) returning id").size());
    assertEquals(1, differences("t", "select nvl(a, 0) from t").size());
    assertEquals(1, differences("t", "alter table t add column if not exists a int").size());
    assertEquals(1, differences("t", "create table t (id uuid)").size());
    assertEquals(1, differences("t", "create table t (a int) collate utf8mb4_0900_ai_ci").size());
    assertEquals(1, differences("t", "select any_value(a) from t group by b").size());
    assertEquals(1, differences("t", "create table t (a char(36) default uuid())").size());
    assertEquals(
        1,
        differences("t", "insert into t values (1) as n on duplicate key update a = n.a").size());
    assertEquals(
        List.of(),
        differences(
            "t",
            "create table t (id bigint not null default 0, at datetime(6) default current_timestamp,"
                + " n char(36) default (uuid())) engine = InnoDB collate = utf8mb4_unicode_ci;"
                + " insert into t values (?1) on duplicate key update id = ?1;"
                + " select count(*), max(at) from t where id in (1,2) group by id"));
  }

  static List<String> differences(String where, String sql) {
    List<String> found = new ArrayList<>();
    check(where, sql, MARIADB_ONLY, "only MariaDB", found);
    check(where, sql, MYSQL_ONLY, "only MySQL 8", found);
    return found;
  }

  private static void check(
      String where, String sql, Map<String, String> rules, String who, List<String> found) {
    rules.forEach(
        (what, rule) -> {
          Matcher m = Pattern.compile(rule, Pattern.CASE_INSENSITIVE).matcher(sql);
          while (m.find()) {
            found.add(where + ": \"" + m.group() + "\" is " + what + ", which " + who + " accepts");
          }
        });
  }

  private static List<Path> sqlFiles() throws IOException {
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      return files.filter(f -> f.toString().endsWith(".sql")).sorted().toList();
    }
  }

  private static List<Path> javaFilesWithNativeSql() throws IOException {
    Pattern nativeSql =
        Pattern.compile("createNativeQuery|NamedNativeQuery|Rows\\.list\\(|prepareStatement\\(");
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(f -> nativeSql.matcher(read(f)).find())
          .sorted()
          .toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static String withoutSqlComments(String sql) {
    return sql.replaceAll("(?m)--.*$", " ").replaceAll("(?s)/\\*.*?\\*/", " ");
  }

  /** The text of a Java file's string literals and text blocks, joined by spaces. */
  static String stringLiterals(String java) {
    StringBuilder sql = new StringBuilder();
    Matcher m =
        Pattern.compile("(?s)\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"").matcher(java);
    while (m.find()) {
      sql.append(m.group(1) != null ? m.group(1) : m.group(2)).append(' ');
    }
    return sql.toString();
  }
}
