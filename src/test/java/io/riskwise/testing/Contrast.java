package io.riskwise.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WCAG contrast ratios between colours as a browser's computed styles give them ("rgb(27, 27, 27)",
 * "rgba(0, 0, 0, 0.5)"). A colour that is partly transparent is first laid over the colour behind
 * it.
 */
public final class Contrast {
  private static final Pattern RGB =
      Pattern.compile(
          "rgba?\\(\\s*([\\d.]+)[,\\s]+([\\d.]+)[,\\s]+([\\d.]+)(?:[,\\s/]+([\\d.]+))?");

  private Contrast() {}

  /** From 1 (the same) to 21 (black on white); {@code behind} must be opaque. */
  public static double ratio(String colour, String behind) {
    double[] back = rgb(behind);
    double[] front = over(colour, back);
    double a = luminance(front);
    double b = luminance(back);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  /** True for "transparent" and colours with no opacity at all. */
  public static boolean isTransparent(String colour) {
    Matcher m = RGB.matcher(colour);
    return colour.equals("transparent") || (m.find() && alpha(m) == 0);
  }

  private static double[] over(String colour, double[] back) {
    Matcher m = matcher(colour);
    double alpha = alpha(m);
    double[] mixed = new double[3];
    for (int i = 0; i < 3; i++) {
      mixed[i] = Double.parseDouble(m.group(i + 1)) * alpha + back[i] * (1 - alpha);
    }
    return mixed;
  }

  private static double[] rgb(String colour) {
    Matcher m = matcher(colour);
    return new double[] {
      Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))
    };
  }

  private static Matcher matcher(String colour) {
    Matcher m = RGB.matcher(colour);
    if (!m.find()) {
      throw new IllegalArgumentException("Not an rgb() colour: " + colour);
    }
    return m;
  }

  private static double alpha(Matcher m) {
    return m.group(4) == null ? 1 : Double.parseDouble(m.group(4));
  }

  private static double luminance(double[] rgb) {
    double[] linear = new double[3];
    for (int i = 0; i < 3; i++) {
      double c = rgb[i] / 255;
      linear[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
  }
}
