package io.riskwise.assessment.boundary;

import io.riskwise.assessment.entity.SavedComment;
import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.rest.InvalidInputException;
import io.riskwise.platform.rest.ProblemException;
import io.riskwise.portfolio.entity.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Each assessor's personal bank of reusable comments, so that marking a whole submission does not
 * mean typing the same words again. A comment is only ever seen, used or removed by the assessor
 * who saved it; anyone else is told there is no such comment.
 */
@ApplicationScoped
public class CommentBank {
  /** Enough for a working set of phrases, and a bound on what one page lists. */
  public static final int MAX_COMMENTS = 200;

  @PersistenceContext EntityManager em;

  public List<SavedComment> of(User assessor) {
    requireAssessor(assessor);
    return em.createNamedQuery(SavedComment.OF_ASSESSOR, SavedComment.class)
        .setParameter("assessorId", assessor.getId())
        .setMaxResults(MAX_COMMENTS)
        .getResultList();
  }

  @Transactional
  public SavedComment add(User assessor, String text) {
    List<SavedComment> saved = of(assessor);
    if (!Text.present(text)) {
      throw InvalidInputException.of("text", "Write the comment you want to save.");
    }
    String words = text.strip();
    if (words.length() > SavedComment.MAX_LENGTH) {
      throw InvalidInputException.of(
          "text", "Keep a saved comment to " + SavedComment.MAX_LENGTH + " characters.");
    }
    if (saved.stream().anyMatch(c -> c.getText().equals(words))) {
      throw new ProblemException(Response.Status.CONFLICT, "You have already saved this comment.");
    }
    if (saved.size() >= MAX_COMMENTS) {
      throw new ProblemException(
          Response.Status.CONFLICT,
          "You have " + MAX_COMMENTS + " saved comments; remove one you no longer use first.");
    }
    SavedComment comment = new SavedComment(assessor.getId(), words);
    em.persist(comment);
    em.flush();
    return comment;
  }

  /** The assessor's own comment; 404 for anyone else's, so nobody learns what others saved. */
  public SavedComment find(User assessor, long id) {
    requireAssessor(assessor);
    SavedComment comment = em.find(SavedComment.class, id);
    if (comment == null || !comment.belongsTo(assessor.getId())) {
      throw new ProblemException(
          Response.Status.NOT_FOUND, "You have no saved comment " + id + ".");
    }
    return comment;
  }

  @Transactional
  public void remove(User assessor, long id) {
    em.remove(find(assessor, id));
  }

  private static void requireAssessor(User user) {
    if (!user.hasRole(Role.ASSESSOR)) {
      throw new ProblemException(
          Response.Status.FORBIDDEN, "Only assessors keep a bank of comments.");
    }
  }
}
