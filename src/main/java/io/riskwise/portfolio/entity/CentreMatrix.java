package io.riskwise.portfolio.entity;

import io.riskwise.rating.Matrix;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** The rating matrix a centre admin chose; new risk assessments at the centre are rated on it. */
@Entity
@Table(name = "rating_matrix")
public class CentreMatrix {
  private static final String SEPARATOR = "|";

  @Id
  @Column(name = "centre_id")
  private Long centreId;

  @Column(nullable = false)
  private int size;

  @Column(name = "probability_labels", nullable = false, length = 500)
  private String probabilityLabels;

  @Column(name = "consequence_labels", nullable = false, length = 500)
  private String consequenceLabels;

  @Column(name = "low_max", nullable = false)
  private int lowMax;

  @Column(name = "medium_max", nullable = false)
  private int mediumMax;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected CentreMatrix() {}

  public CentreMatrix(Long centreId, Matrix matrix) {
    this.centreId = centreId;
    set(matrix);
  }

  public void set(Matrix matrix) {
    size = matrix.size();
    probabilityLabels = String.join(SEPARATOR, matrix.probabilityLabels());
    consequenceLabels = String.join(SEPARATOR, matrix.consequenceLabels());
    lowMax = matrix.lowMax();
    mediumMax = matrix.mediumMax();
    updatedAt = Instant.now();
  }

  public Matrix matrix() {
    return new Matrix(size, split(probabilityLabels), split(consequenceLabels), lowMax, mediumMax);
  }

  private static List<String> split(String labels) {
    return List.of(labels.split("\\" + SEPARATOR, -1));
  }
}
