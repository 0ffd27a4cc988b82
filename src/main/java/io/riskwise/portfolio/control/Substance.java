package io.riskwise.portfolio.control;

import io.riskwise.portfolio.entity.Text;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a piece of free text says something: not a placeholder ("n/a", "as per policy"), not far
 * too short for what it answers, not a repeat of the name of the stage or risk it belongs to, and
 * not the same words pasted into several places. It judges words, not meaning: it guides the
 * apprentice, and the assessor still judges.
 */
final class Substance {
  private static final Set<String> PLACEHOLDERS =
      Set.of(
          "na",
          "n a",
          "none",
          "nothing",
          "nil",
          "no",
          "yes",
          "tbc",
          "tbd",
          "x",
          "see above",
          "as above",
          "same",
          "same as above",
          "as per policy",
          "per policy",
          "not applicable",
          "unknown",
          "ok",
          "test",
          "todo",
          "etc",
          "see policy",
          "as per procedure",
          "n k");

  private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "myself");

  /** How many times each text was written, per kind of field ("justification", ...). */
  private final Map<String, Map<String, Integer>> uses = new HashMap<>();

  /** Notes one use of a text in a kind of field, so that pasted text can be told apart. */
  void use(String field, String text) {
    String words = normal(text);
    if (!words.isEmpty()) {
      uses.computeIfAbsent(field, f -> new HashMap<>()).merge(words, 1, Integer::sum);
    }
  }

  /** Whether the same text was written in at least {@code times} places of that kind of field. */
  boolean pasted(String field, String text, int times) {
    return uses.getOrDefault(field, Map.of()).getOrDefault(normal(text), 0) >= times;
  }

  /**
   * Why a text is thin, in words that follow "The justification ..." ("says only \"n/a\"", "is only
   * 3 words long"), or null when it says enough. Call only on present text.
   *
   * @param names the names it must do more than repeat (its stage's or risk's)
   */
  static String thinness(String text, int minWords, String... names) {
    String words = normal(text);
    if (words.isEmpty() || PLACEHOLDERS.contains(words)) {
      return "says only \"" + shorten(text.strip()) + "\"";
    }
    int count = words.split(" ").length;
    if (count < minWords) {
      return count == 1
          ? "is a single word"
          : "is only " + count + " words long, too short to say what is asked";
    }
    for (String name : names) {
      if (Text.present(name) && repeats(words, normal(name))) {
        return "only repeats the name \"" + shorten(name.strip()) + "\"";
      }
    }
    return null;
  }

  /** Why a name ("x", "A", "n/a") is thin, or null when it is a name. Call only on present text. */
  static String thinName(String name) {
    String words = normal(name);
    long letters = name.codePoints().filter(Character::isLetter).count();
    if (words.isEmpty() || PLACEHOLDERS.contains(words) || letters < 2) {
      return "is only \"" + shorten(name.strip()) + "\"";
    }
    return null;
  }

  /** Whether the text speaks of what the writer did ("I", "me", "my", "myself"). */
  static boolean firstPerson(String text) {
    return Arrays.stream(normal(text).split(" ")).anyMatch(FIRST_PERSON::contains);
  }

  private static boolean repeats(String words, String name) {
    if (name.isEmpty()) {
      return false;
    }
    List<String> named = List.of(name.split(" "));
    return Arrays.stream(words.split(" ")).allMatch(named::contains);
  }

  /** Lower case, letters and digits only, single spaces. */
  static String normal(String text) {
    if (text == null) {
      return "";
    }
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 37) + "..." : text;
  }
}
