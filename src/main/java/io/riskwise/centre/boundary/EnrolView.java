package io.riskwise.centre.boundary;

import io.riskwise.centre.control.EnrolmentCsv;
import io.riskwise.centre.control.SpreadsheetCsv;
import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.platform.download.PageDownloads;
import io.riskwise.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

/**
 * Enrolment on a page: upload a CSV, read the preview (every row's problems, or the rows ready),
 * import all or nothing, then pass on each new apprentice's link. The file is kept in the view
 * between the preview and the import, so what is imported is exactly what was checked.
 */
@Named("enrol")
@ViewScoped
public class EnrolView implements Serializable {
  static final int MAX_BYTES = 8 * 1024 * 1024;
  static final int SHOWN = 200;

  @Inject CurrentUser currentUser;
  @Inject Enrolments enrolments;

  private transient Part file;
  private byte[] csv;
  private EnrolmentCsv.Preview preview;
  private Enrolments.Imported imported;

  public void check() throws IOException {
    imported = null;
    if (file == null || file.getSize() == 0) {
      preview = null;
      Messages.refused(new IllegalArgumentException("Choose a CSV file to check."));
      return;
    }
    if (file.getSize() > MAX_BYTES) {
      preview = null;
      Messages.refused(
          new IllegalArgumentException(
              "The file is larger than 8 MB; split it into smaller files."));
      return;
    }
    try (InputStream in = file.getInputStream()) {
      csv = in.readAllBytes();
    }
    preview = enrolments.preview(currentUser.get(), csv);
  }

  public void importFile() {
    if (csv == null) {
      return;
    }
    try {
      imported = enrolments.importCsv(currentUser.get(), csv);
      Messages.info(imported.created() + " apprentices enrolled.");
      preview = null;
      csv = null;
    } catch (Enrolments.Refused refused) {
      preview = refused.preview();
      Messages.refused(
          new IllegalArgumentException("The file has problems; nothing was imported."));
    }
  }

  public void downloadErrors() throws IOException {
    PageDownloads.send(
        EnrolmentCsv.errorReport(preview), "text/csv; charset=UTF-8", "enrolment-problems.csv");
  }

  public void downloadLinks() throws IOException {
    byte[] csv =
        SpreadsheetCsv.write(
            List.of("name", "email", "set-password link"),
            imported.links().stream().map(l -> List.of(l.name(), l.email(), l.link())).toList());
    PageDownloads.send(csv, "text/csv; charset=UTF-8", "new-apprentice-links.csv");
  }

  public void export() throws IOException {
    PageDownloads.send(
        enrolments.export(currentUser.get(), null), "text/csv; charset=UTF-8", "enrolments.csv");
  }

  public List<EnrolmentCsv.Row> getProblemRows() {
    return preview.rows().stream().filter(r -> !r.valid()).limit(SHOWN).toList();
  }

  public List<EnrolmentCsv.Row> getReadyRows() {
    return preview.rows().stream().limit(SHOWN).toList();
  }

  public List<Enrolments.Link> getLinks() {
    return imported.links().stream().limit(SHOWN).toList();
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public EnrolmentCsv.Preview getPreview() {
    return preview;
  }

  public Enrolments.Imported getImported() {
    return imported;
  }

  public String getHeaders() {
    return String.join(", ", EnrolmentCsv.HEADERS);
  }
}
