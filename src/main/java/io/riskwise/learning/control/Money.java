package io.riskwise.learning.control;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An amount as people type it: "15000", "15,000", "£15,000.00", " £ 11,111.02 ", "-£50". Commas
 * only as thousands separators, at most one pound sign, nothing else.
 */
public final class Money {
  private static final Pattern TYPED =
      Pattern.compile("-?£?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?|-?£?\\.\\d+");

  private Money() {}

  public static Optional<BigDecimal> read(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String text = typed.replaceAll("\\s", "");
    if (!TYPED.matcher(text).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(text.replace("£", "").replace(",", "")));
  }
}
