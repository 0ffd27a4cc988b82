package io.riskwise.portfolio.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Sends a file from a page action, with the same headers as the API's downloads. */
public final class PageDownloads {
  private PageDownloads() {}

  public static void send(byte[] bytes, String type, String fileName) throws IOException {
    ExternalContext external = start(type, fileName);
    external.setResponseContentLength(bytes.length);
    try (OutputStream out = external.getResponseOutputStream()) {
      out.write(bytes);
    }
    FacesContext.getCurrentInstance().responseComplete();
  }

  public static void send(Path file, String type, String fileName) throws IOException {
    ExternalContext external = start(type, fileName);
    try (OutputStream out = external.getResponseOutputStream()) {
      java.nio.file.Files.copy(file, out);
    }
    FacesContext.getCurrentInstance().responseComplete();
  }

  private static ExternalContext start(String type, String fileName) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.responseReset();
    external.setResponseContentType(type);
    external.setResponseHeader("Content-Disposition", Downloads.contentDisposition(fileName));
    external.setResponseHeader("X-Content-Type-Options", "nosniff");
    external.setResponseHeader("Content-Security-Policy", "sandbox; default-src 'none'");
    external.setResponseHeader("Cache-Control", "private, no-store");
    return external;
  }
}
