package io.riskwise.platform.download;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;

/** Sends a file from a page action, with the same headers as the API's downloads. */
public final class PageDownloads {
  private PageDownloads() {}

  public static void send(byte[] bytes, String type, String fileName) throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.responseReset();
    external.setResponseContentType(type);
    Downloads.headers(type, fileName, false).forEach(external::setResponseHeader);
    external.setResponseContentLength(bytes.length);
    try (OutputStream out = external.getResponseOutputStream()) {
      out.write(bytes);
    }
    FacesContext.getCurrentInstance().responseComplete();
  }
}
