package io.riskwise.portfolio.boundary;

import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.download.Downloads;
import io.riskwise.platform.rest.ProblemException;
import io.riskwise.portfolio.entity.EvidenceItem;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files and PDFs for the pages, as plain links anyone entitled to read the portfolio can open,
 * bookmark or share with a colleague who may also read it:
 *
 * <ul>
 *   <li>{@code /app/files/evidence?id=7} an evidence item's file ({@code &inline=true} shows an
 *       image or PDF in the browser instead of saving it);
 *   <li>{@code /app/files/portfolio?apprentice=3} the whole portfolio as a PDF (an apprentice's own
 *       without the parameter);
 *   <li>{@code /app/files/assessment?id=5} one risk assessment as a PDF.
 * </ul>
 *
 * Access is the portfolio's ({@link PortfolioAccess}); anyone else gets the not-found page. An
 * external verifier's reads are logged by {@code EqaReadLogFilter} like every other portfolio page.
 */
@WebServlet("/app/files/*")
public class FileDownloads extends HttpServlet {

  @Inject CurrentUser currentUser;
  @Inject PortfolioAccess access;
  @Inject EvidenceItems evidence;
  @Inject PortfolioExports exports;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      switch (String.valueOf(request.getPathInfo())) {
        case "/evidence" -> evidenceFile(request, response);
        case "/portfolio" -> {
          User viewer = currentUser.get();
          User apprentice = access.whose(viewer, number(request, "apprentice", true));
          send(response, exports.portfolio(viewer, apprentice), isInline(request));
        }
        case "/assessment" -> {
          long id = number(request, "id", false);
          send(response, exports.assessment(currentUser.get(), id), isInline(request));
        }
        default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
      }
    } catch (ProblemException problem) {
      int status = problem.getResponse().getStatus();
      response.sendError(status == 403 ? 403 : 404);
    }
  }

  private void evidenceFile(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    EvidenceItem item = evidence.find(currentUser.get(), number(request, "id", false));
    Path file = evidence.file(item);
    start(response, item.getFileType(), item.getFileName(), isInline(request));
    response.setContentLengthLong(Files.size(file));
    try (OutputStream out = response.getOutputStream()) {
      Files.copy(file, out);
    }
  }

  private static void send(
      HttpServletResponse response, PortfolioExports.Export export, boolean inline)
      throws IOException {
    start(response, "application/pdf", export.fileName(), inline);
    response.setContentLength(export.bytes().length);
    try (OutputStream out = response.getOutputStream()) {
      out.write(export.bytes());
    }
  }

  private static void start(
      HttpServletResponse response, String type, String fileName, boolean inline) {
    response.setContentType(type);
    Downloads.headers(type, fileName, inline).forEach(response::setHeader);
  }

  private static boolean isInline(HttpServletRequest request) {
    return "true".equals(request.getParameter("inline"));
  }

  /** A whole-number parameter; a missing or malformed one names nothing (404). */
  private static Long number(HttpServletRequest request, String name, boolean optional) {
    String value = request.getParameter(name);
    if (value == null && optional) {
      return null;
    }
    try {
      return Long.valueOf(value);
    } catch (NumberFormatException e) {
      throw new ProblemException(Response.Status.NOT_FOUND, "There is nothing at this address.");
    }
  }
}
