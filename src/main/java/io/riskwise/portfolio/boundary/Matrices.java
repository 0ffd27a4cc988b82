package io.riskwise.portfolio.boundary;

import io.riskwise.identity.entity.Centre;
import io.riskwise.platform.rest.InvalidInputException;
import io.riskwise.platform.rest.Problem;
import io.riskwise.portfolio.entity.CentreMatrix;
import io.riskwise.portfolio.entity.Matrix;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Each centre's rating matrix. A centre that never chose one rates on the default 5 x 5. A change
 * applies to risk assessments started afterwards; each assessment keeps the matrix it began on.
 */
@ApplicationScoped
public class Matrices {

  @PersistenceContext EntityManager em;

  public CentreMatrix of(Centre centre) {
    CentreMatrix chosen = em.find(CentreMatrix.class, centre.getId());
    return chosen != null ? chosen : new CentreMatrix(centre.getId(), Matrix.standard());
  }

  @Transactional
  public Matrix choose(Centre centre, Matrix matrix) {
    List<Problem.FieldError> problems =
        matrix.problems().stream().map(m -> new Problem.FieldError("matrix", m)).toList();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    CentreMatrix chosen = em.find(CentreMatrix.class, centre.getId());
    if (chosen == null) {
      em.persist(new CentreMatrix(centre.getId(), matrix));
    } else {
      chosen.set(matrix);
    }
    return matrix;
  }
}
