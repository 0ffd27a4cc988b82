package io.riskwise.platform.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * One mapping of a content file, read field by field. Every problem is written down with the file
 * and entry it belongs to, and reading goes on, so one start-up reports every problem at once.
 */
public final class YamlEntry {
  private final String file;
  private final String entry;
  private final Map<?, ?> fields;
  private final List<String> problems;

  private YamlEntry(String file, String entry, Map<?, ?> fields, List<String> problems) {
    this.file = file;
    this.entry = entry;
    this.fields = fields;
    this.problems = problems;
  }

  /** Parses one YAML file; a syntax error is recorded as a problem naming the file. */
  public static Optional<Object> parse(String path, String text, List<String> problems) {
    try {
      Load load =
          new Load(LoadSettings.builder().setLabel(path).setAllowDuplicateKeys(false).build());
      Object document = load.loadFromString(text);
      if (document == null) {
        problems.add(path + ": the file is empty");
        return Optional.empty();
      }
      return Optional.of(document);
    } catch (YamlEngineException e) {
      problems.add(path + ": not valid YAML: " + e.getMessage().replaceAll("\\s+", " ").strip());
      return Optional.empty();
    }
  }

  /** Reads {@code value} as a mapping, or records that it is not one. */
  public static YamlEntry of(String file, String entry, Object value, List<String> problems) {
    if (value instanceof Map<?, ?> map) {
      return new YamlEntry(file, entry, map, problems);
    }
    problems.add(where(file, entry) + "should be a mapping of fields, found " + describe(value));
    return new YamlEntry(file, entry, Map.of(), problems);
  }

  /** The same fields, reported under another entry name (once its id is known). */
  public YamlEntry renamed(String newEntry) {
    return new YamlEntry(file, newEntry, fields, problems);
  }

  public String file() {
    return file;
  }

  public String entry() {
    return entry;
  }

  public void problem(String message) {
    problems.add(where(file, entry) + message);
  }

  public void onlyFields(Set<String> known) {
    for (Object key : fields.keySet()) {
      if (!known.contains(String.valueOf(key))) {
        problem("unknown field '" + key + "' (known fields: " + String.join(", ", known) + ")");
      }
    }
  }

  public String text(String field) {
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

  public String optionalText(String field) {
    return fields.containsKey(field) ? text(field) : null;
  }

  public Integer optionalInteger(String field) {
    return fields.containsKey(field) ? integer(field) : null;
  }

  public int integer(String field) {
    Object value = fields.get(field);
    if (value instanceof Integer number) {
      return number;
    }
    problem("'" + field + "' should be a whole number, found " + describe(value));
    return 0;
  }

  public boolean bool(String field) {
    Object value = fields.get(field);
    if (value instanceof Boolean flag) {
      return flag;
    }
    problem("'" + field + "' should be true or false, found " + describe(value));
    return false;
  }

  /** A list field; missing or of the wrong type is a problem, an empty list is not. */
  public List<Object> list(String field) {
    Object value = fields.get(field);
    if (value instanceof List<?> list) {
      return new ArrayList<>(list);
    }
    problem("'" + field + "' should be a list, found " + describe(value));
    return List.of();
  }

  public List<Object> optionalList(String field) {
    return fields.containsKey(field) ? list(field) : List.of();
  }

  public Object raw(String field) {
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
