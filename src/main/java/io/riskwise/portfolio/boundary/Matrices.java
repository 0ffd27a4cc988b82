package io.riskwise.portfolio.boundary;

import io.riskwise.identity.entity.Centre;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.audit.AdministrativeChange;
import io.riskwise.platform.rest.InvalidInputException;
import io.riskwise.platform.rest.Problem;
import io.riskwise.portfolio.entity.CentreMatrix;
import io.riskwise.rating.Matrix;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * Each centre's rating matrix. A centre that never chose one rates on the default 5 x 5. A change
 * applies to risk assessments started afterwards; each assessment keeps the matrix it began on.
 */
@ApplicationScoped
public class Matrices {

  @PersistenceContext EntityManager em;
  @Inject Event<AdministrativeChange> changes;

  public CentreMatrix of(Centre centre) {
    CentreMatrix chosen = em.find(CentreMatrix.class, centre.getId());
    return chosen != null ? chosen : new CentreMatrix(centre.getId(), Matrix.standard());
  }

  @Transactional
  public Matrix choose(User admin, Matrix matrix) {
    Centre centre = admin.getCentre();
    List<Problem.FieldError> problems =
        matrix.problems().stream().map(m -> new Problem.FieldError("matrix", m)).toList();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    CentreMatrix chosen = em.find(CentreMatrix.class, centre.getId());
    Matrix before = chosen == null ? Matrix.standard() : chosen.matrix();
    if (chosen == null) {
      em.persist(new CentreMatrix(centre.getId(), matrix));
    } else {
      chosen.set(matrix);
    }
    changes.fire(
        new AdministrativeChange(
            centre.getId(),
            admin.getId(),
            "MATRIX_CHANGED",
            "centre:" + centre.getId(),
            Map.of("before", before.toString(), "after", matrix.toString())));
    return matrix;
  }
}
