package io.riskwise.portfolio.boundary;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How files leave the application: always as an attachment with an RFC 6266 file name (an ASCII
 * fallback and the UTF-8 original), never sniffed or rendered by the browser.
 */
public final class Downloads {
  private Downloads() {}

  public static Response attachment(Object entity, String type, String fileName) {
    return Response.ok(entity, type)
        .header("Content-Disposition", contentDisposition(fileName))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox; default-src 'none'")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  /** {@code attachment; filename="Caf_ log.pdf"; filename*=UTF-8''Caf%C3%A9%20log.pdf}. */
  public static String contentDisposition(String fileName) {
    String ascii = fileName.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
