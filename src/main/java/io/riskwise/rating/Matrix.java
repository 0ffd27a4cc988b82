package io.riskwise.rating;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A probability x consequence rating matrix of size 3, 4 or 5: the score is probability times
 * consequence, banded low up to {@code lowMax}, medium up to {@code mediumMax}, high above. Each
 * centre chooses its own; an assessment keeps the matrix it was started on, so the meaning of its
 * numbers never changes under the apprentice.
 */
public record Matrix(
    int size,
    List<String> probabilityLabels,
    List<String> consequenceLabels,
    int lowMax,
    int mediumMax)
    implements java.io.Serializable {

  /** A score and its band. */
  public record Rating(int score, Band band) {}

  public Matrix {
    probabilityLabels = probabilityLabels == null ? List.of() : List.copyOf(probabilityLabels);
    consequenceLabels = consequenceLabels == null ? List.of() : List.copyOf(consequenceLabels);
  }

  /** The default for each size; the 5 x 5 is low 1-6, medium 8-12, high 15-25. */
  public static Matrix standard(int size) {
    return switch (size) {
      case 3 ->
          new Matrix(
              3,
              List.of("Unlikely", "Possible", "Likely"),
              List.of("Minor", "Moderate", "Major"),
              2,
              4);
      case 4 ->
          new Matrix(
              4,
              List.of("Rare", "Unlikely", "Likely", "Almost certain"),
              List.of("Minor", "Moderate", "Major", "Severe"),
              3,
              8);
      case 5 ->
          new Matrix(
              5,
              List.of("Rare", "Unlikely", "Possible", "Likely", "Almost certain"),
              List.of("Insignificant", "Minor", "Moderate", "Major", "Severe"),
              6,
              12);
      default -> throw new IllegalArgumentException("A matrix is 3 x 3, 4 x 4 or 5 x 5");
    };
  }

  public static Matrix standard() {
    return standard(5);
  }

  /** Plain-English problems with this matrix; empty when it can be used. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (size < 3 || size > 5) {
      problems.add("The matrix must be 3 x 3, 4 x 4 or 5 x 5.");
      return problems;
    }
    if (probabilityLabels.size() != size || probabilityLabels.stream().anyMatch(String::isBlank)) {
      problems.add("Give a label for each of the " + size + " probability levels.");
    }
    if (consequenceLabels.size() != size || consequenceLabels.stream().anyMatch(String::isBlank)) {
      problems.add("Give a label for each of the " + size + " consequence levels.");
    }
    if (java.util.stream.Stream.concat(probabilityLabels.stream(), consequenceLabels.stream())
        .anyMatch(label -> label.length() > 40 || label.contains("|"))) {
      problems.add("Keep each label to 40 characters, without a | sign.");
    }
    if (lowMax < 1 || mediumMax <= lowMax || mediumMax >= size * size) {
      problems.add(
          "The bands must rise: low from 1, then medium, then high up to " + size * size + ".");
    }
    return problems;
  }

  public boolean isScore(Integer level) {
    return level != null && level >= 1 && level <= size;
  }

  public Rating rate(int probability, int consequence) {
    if (!isScore(probability) || !isScore(consequence)) {
      throw new IllegalArgumentException(
          "Probability and consequence are scored from 1 to " + size + " on this matrix");
    }
    int score = probability * consequence;
    return new Rating(score, band(score));
  }

  public Band band(int score) {
    if (score <= lowMax) {
      return Band.LOW;
    }
    return score <= mediumMax ? Band.MEDIUM : Band.HIGH;
  }

  /** The scores a band can actually reach on this matrix, e.g. "8-12" for medium on the default. */
  public String range(Band band) {
    TreeSet<Integer> scores = new TreeSet<>();
    for (int p = 1; p <= size; p++) {
      for (int c = 1; c <= size; c++) {
        if (band(p * c) == band) {
          scores.add(p * c);
        }
      }
    }
    return scores.isEmpty() ? "none" : scores.first() + "-" + scores.last();
  }
}
