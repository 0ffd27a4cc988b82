package io.riskwise.platform.download;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How files leave the application: with an RFC 6266 file name (an ASCII fallback and the UTF-8
 * original), never sniffed, and sandboxed. By default a file is an attachment; images and PDFs may
 * be asked for inline, to be viewed in the browser. Nothing that could run script is ever inline.
 */
public final class Downloads {
  private Downloads() {}

  /** The types a browser shows without running anything of the file's. */
  private static final Set<String> VIEWABLE =
      Set.of("image/jpeg", "image/png", "image/gif", "image/webp", "application/pdf");

  public static Response attachment(Object entity, String type, String fileName) {
    return file(entity, type, fileName, false);
  }

  public static Response file(Object entity, String type, String fileName, boolean inline) {
    Response.ResponseBuilder response = Response.ok(entity, type);
    headers(type, fileName, inline).forEach(response::header);
    return response.build();
  }

  /** The headers every download carries. */
  public static Map<String, String> headers(String type, String fileName, boolean inline) {
    return Map.of(
        "Content-Disposition",
        contentDisposition(fileName, inline && viewable(type)),
        "X-Content-Type-Options",
        "nosniff",
        "Content-Security-Policy",
        "sandbox; default-src 'none'; img-src 'self'; object-src 'self'; frame-ancestors 'none'",
        "Cache-Control",
        "private, no-store");
  }

  public static boolean viewable(String type) {
    return type != null && VIEWABLE.contains(type.toLowerCase(Locale.ROOT));
  }

  /**
   * A file's name from what it is and its date, as a person would save it: "Till and refunds risk
   * assessment", 30 November 2026 and "pdf" give {@code
   * Till-and-refunds-risk-assessment-2026-11-30.pdf}. Letters (of any language) and digits are
   * kept; everything else between them becomes one hyphen.
   */
  public static String fileName(String name, LocalDate date, String extension) {
    String words =
        name == null ? "" : name.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    return (words.isEmpty() ? "" : words + "-") + date + "." + extension;
  }

  /** {@code attachment; filename="Cafe log.pdf"; filename*=UTF-8''Caf%C3%A9%20log.pdf}. */
  public static String contentDisposition(String fileName) {
    return contentDisposition(fileName, false);
  }

  static String contentDisposition(String fileName, boolean inline) {
    String ascii =
        Normalizer.normalize(fileName, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
    String encoded =
        URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    return (inline ? "inline" : "attachment")
        + "; filename=\""
        + ascii
        + "\"; filename*=UTF-8''"
        + encoded;
  }
}
