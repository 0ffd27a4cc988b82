package io.riskwise.portfolio.boundary;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
        "sandbox; default-src 'none'; img-src 'self'; object-src 'self'",
        "Cache-Control",
        "private, no-store");
  }

  public static boolean viewable(String type) {
    return type != null && VIEWABLE.contains(type.toLowerCase(Locale.ROOT));
  }

  /** {@code attachment; filename="Caf_ log.pdf"; filename*=UTF-8''Caf%C3%A9%20log.pdf}. */
  public static String contentDisposition(String fileName) {
    return contentDisposition(fileName, false);
  }

  static String contentDisposition(String fileName, boolean inline) {
    String ascii = fileName.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return (inline ? "inline" : "attachment")
        + "; filename=\""
        + ascii
        + "\"; filename*=UTF-8''"
        + encoded;
  }
}
