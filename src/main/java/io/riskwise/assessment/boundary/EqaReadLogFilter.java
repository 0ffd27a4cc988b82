package io.riskwise.assessment.boundary;

import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Instant;

/**
 * Logs every read an external verifier makes, of any page or API answer, once the request has been
 * answered successfully.
 */
@WebFilter(urlPatterns = {"/api/*", "/app/*"})
public class EqaReadLogFilter extends HttpFilter {

  @Inject CurrentUser currentUser;
  @Inject Log log;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(request, response);
    if (response.getStatus() < 400 && request.isUserInRole(Role.EQA_NAME)) {
      currentUser.find().ifPresent(eqa -> log.record(eqa, request));
    }
  }

  /** Writes one row of the view log in its own transaction. */
  @jakarta.enterprise.context.ApplicationScoped
  public static class Log {
    @PersistenceContext EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(User eqa, HttpServletRequest request) {
      String path =
          request.getRequestURI()
              + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
      em.createNativeQuery("insert into eqa_view (eqa_id, path, viewed_at) values (?, ?, ?)")
          .setParameter(1, eqa.getId())
          .setParameter(2, path.length() > 500 ? path.substring(0, 500) : path)
          .setParameter(3, java.sql.Timestamp.from(Instant.now()))
          .executeUpdate();
    }
  }
}
