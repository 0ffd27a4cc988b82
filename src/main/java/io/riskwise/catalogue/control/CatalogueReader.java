package io.riskwise.catalogue.control;

import io.riskwise.catalogue.entity.Catalogue;
import io.riskwise.catalogue.entity.Criterion;
import io.riskwise.catalogue.entity.Framework;
import io.riskwise.catalogue.entity.Kind;
import io.riskwise.catalogue.entity.Link;
import io.riskwise.catalogue.entity.Standard;
import io.riskwise.platform.content.YamlEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the catalogue content files and checks everything a later feature relies on: required
 * fields, unique ids, continuous numbering, known kinds, and that every cross-map and framework
 * reference exists. Either the whole catalogue is good, or {@link CatalogueException} lists every
 * problem found; nothing is half-read.
 */
public class CatalogueReader {
  public static final String STANDARDS = "standards/";
  public static final String FRAMEWORKS = "frameworks/";
  public static final String CROSSMAP = "crossmap.yaml";

  static final Set<String> STANDARD_KINDS = Set.of("nos", "unit", "work-situation");
  static final Set<String> RULES = Set.of("all of", "two of");

  private static final Set<String> STANDARD_FIELDS =
      Set.of(
          "code",
          "title",
          "kind",
          "source",
          "overview",
          "urn",
          "originalUrn",
          "level",
          "credits",
          "guidedLearningHours",
          "outcomes",
          "note",
          "behaviours",
          "criteria");
  private static final Set<String> CRITERION_FIELDS =
      Set.of(
          "id",
          "kind",
          "number",
          "text",
          "workplaceEvidence",
          "outcome",
          "parent",
          "rule",
          "source",
          "note");
  private static final Set<String> FRAMEWORK_FIELDS =
      Set.of("id", "title", "source", "rule", "metaSkills", "workSituations");
  private static final Set<String> WORK_SITUATION_FIELDS =
      Set.of("number", "title", "urn", "standard", "mandatory");
  private static final Set<String> LINK_FIELDS = Set.of("from", "to", "source");
  private static final Pattern ASSESSMENT_NUMBER = Pattern.compile("(\\d+)\\.(\\d+)");
  private static final Pattern PART_NUMBER = Pattern.compile("(ER\\d+)([a-z])");

  /**
   * @param files the content, by path relative to {@code content/catalogue}, e.g. {@code
   *     standards/C6.yaml}
   */
  public Catalogue read(Map<String, String> files) {
    List<String> problems = new ArrayList<>();
    Map<String, String> sorted = new TreeMap<>();
    files.forEach(
        (path, text) -> {
          if (path.endsWith(".yaml")) {
            sorted.put(path, text);
          }
        });
    List<Standard> standards = new ArrayList<>();
    List<Framework> frameworks = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    for (Map.Entry<String, String> file : sorted.entrySet()) {
      String path = file.getKey();
      Optional<Object> document = YamlEntry.parse(path, file.getValue(), problems);
      if (document.isEmpty()) {
        continue;
      }
      if (path.startsWith(STANDARDS)) {
        standards.add(standard(path, document.get(), problems));
      } else if (path.startsWith(FRAMEWORKS)) {
        frameworks.add(framework(path, document.get(), problems));
      } else if (path.equals(CROSSMAP)) {
        links.addAll(links(path, document.get(), problems));
      } else {
        problems.add(
            path
                + ": not a known catalogue file (expected standards/, frameworks/ or crossmap.yaml)");
      }
    }
    if (standards.isEmpty()) {
      problems.add(STANDARDS + ": no standards found");
    }
    if (!sorted.containsKey(CROSSMAP)) {
      problems.add(CROSSMAP + ": the cross-map file is missing");
    }
    Map<String, Criterion> criteria = uniqueCriteria(standards, problems);
    checkFrameworks(frameworks, standards, problems);
    checkLinks(links, criteria, problems);
    if (!problems.isEmpty()) {
      throw new CatalogueException(problems);
    }
    return new Catalogue(frameworks, standards, links, checksum(sorted));
  }

  private static Standard standard(String path, Object document, List<String> problems) {
    YamlEntry entry = YamlEntry.of(path, null, document, problems);
    entry.onlyFields(STANDARD_FIELDS);
    String code = entry.text("code");
    String expectedCode = path.substring(STANDARDS.length(), path.length() - ".yaml".length());
    if (!code.isEmpty() && !code.equals(expectedCode)) {
      entry.problem("'code' is " + code + " but the file is named " + expectedCode + ".yaml");
    }
    String kind = entry.text("kind");
    if (!kind.isEmpty() && !STANDARD_KINDS.contains(kind)) {
      entry.problem("'kind' is " + kind + ", expected one of " + STANDARD_KINDS);
    }
    List<Standard.Outcome> outcomes = new ArrayList<>();
    int index = 0;
    for (Object item : entry.optionalList("outcomes")) {
      index++;
      YamlEntry outcome = YamlEntry.of(path, "outcome " + index, item, problems);
      outcome.onlyFields(Set.of("number", "text"));
      int number = outcome.integer("number");
      if (number != index) {
        outcome.problem("outcomes must be numbered 1, 2, 3 in order; found " + number);
      }
      outcomes.add(new Standard.Outcome(number, outcome.text("text")));
    }
    List<String> behaviours = new ArrayList<>();
    for (Object behaviour : entry.optionalList("behaviours")) {
      behaviours.add(String.valueOf(behaviour));
    }
    List<Criterion> criteria = criteria(entry, code, outcomes.size(), problems);
    return new Standard(
        code,
        entry.text("title"),
        kind,
        entry.text("source"),
        entry.optionalText("overview"),
        entry.optionalText("urn"),
        entry.optionalInteger("level"),
        entry.optionalInteger("credits"),
        entry.optionalInteger("guidedLearningHours"),
        outcomes,
        entry.optionalText("note"),
        behaviours,
        criteria);
  }

  private static List<Criterion> criteria(
      YamlEntry standard, String code, int outcomes, List<String> problems) {
    List<Criterion> criteria = new ArrayList<>();
    Map<Kind, Integer> counters = new HashMap<>();
    Map<Integer, Integer> perOutcome = new HashMap<>();
    Map<String, Character> lastPart = new HashMap<>();
    Map<String, Criterion> requirements = new LinkedHashMap<>();
    int position = 0;
    for (Object item : standard.list("criteria")) {
      position++;
      YamlEntry entry = YamlEntry.of(standard.file(), "criterion " + position, item, problems);
      String id = entry.text("id");
      if (!id.isEmpty()) {
        entry = YamlEntry.of(standard.file(), "criterion " + id, item, problems);
      }
      entry.onlyFields(CRITERION_FIELDS);
      String number = entry.text("number");
      if (!id.isEmpty() && !number.isEmpty() && !id.equals(code + "." + number)) {
        entry.problem("'id' should be " + code + "." + number + " (code and number)");
      }
      String kindLabel = entry.text("kind");
      Optional<Kind> kind = Kind.fromLabel(kindLabel);
      if (kind.isEmpty() && !kindLabel.isEmpty()) {
        entry.problem(
            "'kind' is "
                + kindLabel
                + ", expected one of performance, knowledge, skill,"
                + " assessment, evidence, marking-point");
      }
      Integer outcome = entry.optionalInteger("outcome");
      String parent = entry.optionalText("parent");
      String rule = entry.optionalText("rule");
      if (rule != null && !RULES.contains(rule)) {
        entry.problem("'rule' is " + rule + ", expected one of " + RULES);
      }
      Criterion criterion =
          new Criterion(
              id,
              code,
              kind.orElse(null),
              number,
              entry.text("text"),
              entry.bool("workplaceEvidence"),
              outcome,
              parent,
              rule,
              entry.optionalText("note"),
              position);
      if (kind.isPresent() && !number.isEmpty()) {
        checkNumber(entry, criterion, counters, perOutcome, outcomes, lastPart, requirements);
      }
      if (kind.orElse(null) == Kind.EVIDENCE && parent == null) {
        requirements.put(id, criterion);
      }
      criteria.add(criterion);
    }
    for (Criterion requirement : requirements.values()) {
      boolean hasParts = lastPart.containsKey(requirement.id());
      if (hasParts && requirement.rule() == null) {
        standard.problem(
            "criterion " + requirement.id() + " has lettered parts but no 'rule' (all of, two of)");
      }
      if (!hasParts && requirement.rule() != null) {
        standard.problem("criterion " + requirement.id() + " has a 'rule' but no lettered parts");
      }
    }
    return criteria;
  }

  /** Numbers run on without gaps: PC1, PC2..; 1.1, 1.2, 2.1..; ER5, ER5a, ER5b.. */
  private static void checkNumber(
      YamlEntry entry,
      Criterion criterion,
      Map<Kind, Integer> counters,
      Map<Integer, Integer> perOutcome,
      int outcomes,
      Map<String, Character> lastPart,
      Map<String, Criterion> requirements) {
    String number = criterion.number();
    switch (criterion.kind()) {
      case ASSESSMENT -> {
        Matcher matcher = ASSESSMENT_NUMBER.matcher(number);
        if (!matcher.matches()) {
          entry.problem("assessment criteria are numbered like 1.1, found " + number);
          return;
        }
        int outcome = Integer.parseInt(matcher.group(1));
        int item = Integer.parseInt(matcher.group(2));
        if (criterion.outcome() == null || criterion.outcome() != outcome) {
          entry.problem("'outcome' should be " + outcome + ", the first part of its number");
        }
        if (outcome < 1 || outcome > outcomes) {
          entry.problem("learning outcome " + outcome + " is not among the unit's outcomes");
        }
        int expected = perOutcome.getOrDefault(outcome, 0) + 1;
        if (item != expected) {
          entry.problem(
              "numbering jumps: expected " + outcome + "." + expected + ", found " + number);
        }
        perOutcome.put(outcome, item);
      }
      case EVIDENCE -> {
        if (criterion.parent() != null) {
          checkPart(entry, criterion, lastPart, requirements);
        } else {
          checkSequence(entry, criterion, counters);
        }
      }
      default -> {
        if (criterion.parent() != null) {
          entry.problem("only evidence requirements have a 'parent'");
        }
        checkSequence(entry, criterion, counters);
      }
    }
    if (criterion.kind() != Kind.ASSESSMENT && criterion.outcome() != null) {
      entry.problem("only assessment criteria have an 'outcome'");
    }
  }

  private static void checkSequence(
      YamlEntry entry, Criterion criterion, Map<Kind, Integer> counters) {
    int next = counters.getOrDefault(criterion.kind(), 0) + 1;
    String prefix = criterion.kind().prefix();
    String expected = prefix + next;
    if (!criterion.number().equals(expected)) {
      entry.problem("numbering jumps: expected " + expected + ", found " + criterion.number());
      String found = criterion.number();
      if (found.startsWith(prefix) && found.substring(prefix.length()).matches("\\d+")) {
        next = Integer.parseInt(found.substring(prefix.length())); // one gap, one problem
      }
    }
    counters.put(criterion.kind(), next);
  }

  private static void checkPart(
      YamlEntry entry,
      Criterion criterion,
      Map<String, Character> lastPart,
      Map<String, Criterion> requirements) {
    Criterion parent = requirements.get(criterion.parent());
    if (parent == null) {
      entry.problem(
          "'parent' " + criterion.parent() + " is not an evidence requirement listed before it");
      return;
    }
    Matcher matcher = PART_NUMBER.matcher(criterion.number());
    char expected = (char) (lastPart.getOrDefault(parent.id(), (char) ('a' - 1)) + 1);
    if (!matcher.matches()
        || !matcher.group(1).equals(parent.number())
        || matcher.group(2).charAt(0) != expected) {
      entry.problem(
          "numbering jumps: expected "
              + parent.number()
              + expected
              + ", found "
              + criterion.number());
    }
    lastPart.put(parent.id(), expected);
  }

  private static Map<String, Criterion> uniqueCriteria(
      List<Standard> standards, List<String> problems) {
    Map<String, Criterion> byId = new HashMap<>();
    for (Standard standard : standards) {
      for (Criterion criterion : standard.criteria()) {
        Criterion earlier = byId.putIfAbsent(criterion.id(), criterion);
        if (earlier != null && !criterion.id().isEmpty()) {
          problems.add(
              STANDARDS
                  + standard.code()
                  + ".yaml, criterion "
                  + criterion.id()
                  + ": the id is used twice (also in "
                  + earlier.standardCode()
                  + ")");
        }
      }
    }
    return byId;
  }

  private static Framework framework(String path, Object document, List<String> problems) {
    YamlEntry entry = YamlEntry.of(path, null, document, problems);
    entry.onlyFields(FRAMEWORK_FIELDS);
    YamlEntry rule = YamlEntry.of(path, "rule", entry.raw("rule"), problems);
    rule.onlyFields(Set.of("mandatory", "optionalMinimum", "text"));
    String mandatory = rule.text("mandatory");
    if (!mandatory.isEmpty() && !mandatory.equals("all")) {
      rule.problem("'mandatory' must be 'all': every mandatory work situation is required");
    }
    List<Framework.MetaSkillGroup> groups = new ArrayList<>();
    int index = 0;
    for (Object item : entry.list("metaSkills")) {
      index++;
      YamlEntry group = YamlEntry.of(path, "meta-skill group " + index, item, problems);
      group.onlyFields(Set.of("group", "skills"));
      groups.add(
          new Framework.MetaSkillGroup(
              group.text("group"), group.list("skills").stream().map(String::valueOf).toList()));
    }
    List<Framework.WorkSituation> situations = new ArrayList<>();
    index = 0;
    for (Object item : entry.list("workSituations")) {
      index++;
      YamlEntry situation = YamlEntry.of(path, "work situation " + index, item, problems);
      situation.onlyFields(WORK_SITUATION_FIELDS);
      int number = situation.integer("number");
      if (number != index) {
        situation.problem("numbering jumps: expected " + index + ", found " + number);
      }
      situations.add(
          new Framework.WorkSituation(
              number,
              situation.text("title"),
              situation.optionalText("urn"),
              situation.text("standard"),
              situation.bool("mandatory")));
    }
    Framework framework =
        new Framework(
            entry.text("id"),
            entry.text("title"),
            entry.text("source"),
            new Framework.Rule(mandatory, rule.integer("optionalMinimum"), rule.text("text")),
            groups,
            situations);
    if (framework.rule().optionalMinimum() > framework.optional().size()) {
      rule.problem(
          "'optionalMinimum' is "
              + framework.rule().optionalMinimum()
              + " but there are only "
              + framework.optional().size()
              + " optional work situations");
    }
    return framework;
  }

  private static void checkFrameworks(
      List<Framework> frameworks, List<Standard> standards, List<String> problems) {
    Set<String> codes = new HashSet<>();
    standards.forEach(s -> codes.add(s.code()));
    Set<String> ids = new HashSet<>();
    for (Framework framework : frameworks) {
      String file = FRAMEWORKS + framework.id() + ".yaml";
      if (!ids.add(framework.id())) {
        problems.add(file + ": the framework id " + framework.id() + " is used twice");
      }
      for (Framework.WorkSituation situation : framework.workSituations()) {
        if (!situation.standard().isEmpty() && !codes.contains(situation.standard())) {
          problems.add(
              file
                  + ", work situation "
                  + situation.number()
                  + ": standard "
                  + situation.standard()
                  + " has no file in "
                  + STANDARDS);
        }
      }
    }
  }

  private static List<Link> links(String path, Object document, List<String> problems) {
    if (!(document instanceof List<?> items)) {
      problems.add(path + ": should be a list of {from, to, source} pairs");
      return List.of();
    }
    List<Link> links = new ArrayList<>();
    int index = 0;
    for (Object item : items) {
      index++;
      YamlEntry entry = YamlEntry.of(path, "pair " + index, item, problems);
      entry.onlyFields(LINK_FIELDS);
      links.add(new Link(entry.text("from"), entry.text("to"), entry.text("source")));
    }
    return links;
  }

  private static void checkLinks(
      List<Link> links, Map<String, Criterion> criteria, List<String> problems) {
    Set<String> seen = new HashSet<>();
    for (Link link : links) {
      String pair = CROSSMAP + ", pair " + link.from() + " - " + link.to() + ": ";
      for (String id : List.of(link.from(), link.to())) {
        if (!id.isEmpty() && !criteria.containsKey(id)) {
          problems.add(pair + "criterion " + id + " does not exist");
        }
      }
      if (link.from().equals(link.to())) {
        problems.add(pair + "a criterion cannot be linked to itself");
      }
      String key =
          link.from().compareTo(link.to()) < 0 ? link.from() + link.to() : link.to() + link.from();
      if (!seen.add(key)) {
        problems.add(pair + "the pair is listed twice");
      }
    }
  }

  static String checksum(Map<String, String> sortedFiles) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, String> file : sortedFiles.entrySet()) {
        digest.update(
            (file.getKey() + "\n" + file.getValue() + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
