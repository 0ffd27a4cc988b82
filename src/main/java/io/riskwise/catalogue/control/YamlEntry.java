package io.riskwise.catalogue.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One mapping of a content file, read field by field. Every problem is written down with the file
 * and entry it belongs to, and reading goes on, so one start-up reports every problem at once.
 */
final class YamlEntry {
  private final String file;
  private final String entry;
  private final Map<?, ?> fields;
  private final List<String> problems;

  YamlEntry(String file, String entry, Map<?, ?> fields, List<String> problems) {
    this.file = file;
    this.entry = entry;
    this.fields = fields;
    this.problems = problems;
  }

  /** Reads {@code value} as a mapping, or records that it is not one. */
  static YamlEntry of(String file, String entry, Object value, List<String> problems) {
    if (value instanceof Map<?, ?> map) {
      return new YamlEntry(file, entry, map, problems);
    }
    problems.add(where(file, entry) + "should be a mapping of fields, found " + describe(value));
    return new YamlEntry(file, entry, Map.of(), problems);
  }

  String file() {
    return file;
  }

  String entry() {
    return entry;
  }

  void problem(String message) {
    problems.add(where(file, entry) + message);
  }

  void onlyFields(Set<String> known) {
    for (Object key : fields.keySet()) {
      if (!known.contains(String.valueOf(key))) {
        problem("unknown field '" + key + "' (known fields: " + String.join(", ", known) + ")");
      }
    }
  }

  String text(String field) {
    Object value = fields.get(field);
    if (value == null) {
      problem("'" + field + "' is missing");
      return "";
    }
    if (!(value instanceof String text)) {
      problem(
          "'"
              + field
              + "' should be text (in quotes if it looks like a number), found "
              + describe(value));
      return "";
    }
    if (text.isBlank()) {
      problem("'" + field + "' is empty");
    }
    return text.strip();
  }

  String optionalText(String field) {
    return fields.containsKey(field) ? text(field) : null;
  }

  Integer optionalInteger(String field) {
    return fields.containsKey(field) ? integer(field) : null;
  }

  int integer(String field) {
    Object value = fields.get(field);
    if (value instanceof Integer number) {
      return number;
    }
    problem("'" + field + "' should be a whole number, found " + describe(value));
    return 0;
  }

  boolean bool(String field) {
    Object value = fields.get(field);
    if (value instanceof Boolean flag) {
      return flag;
    }
    problem("'" + field + "' should be true or false, found " + describe(value));
    return false;
  }

  /** A list field; missing or of the wrong type is a problem, an empty list is not. */
  List<Object> list(String field) {
    Object value = fields.get(field);
    if (value instanceof List<?> list) {
      return new ArrayList<>(list);
    }
    problem("'" + field + "' should be a list, found " + describe(value));
    return List.of();
  }

  List<Object> optionalList(String field) {
    return fields.containsKey(field) ? list(field) : List.of();
  }

  Object raw(String field) {
    return fields.get(field);
  }

  private static String where(String file, String entry) {
    return file + (entry == null ? "" : ", " + entry) + ": ";
  }

  private static String describe(Object value) {
    if (value == null) {
      return "nothing";
    }
    if (value instanceof Map) {
      return "a mapping";
    }
    if (value instanceof List) {
      return "a list";
    }
    return "'" + value + "'";
  }
}
