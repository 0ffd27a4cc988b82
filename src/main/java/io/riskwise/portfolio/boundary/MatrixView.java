package io.riskwise.portfolio.boundary;

import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.platform.rest.InvalidInputException;
import io.riskwise.rating.Band;
import io.riskwise.rating.Matrix;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The centre admin's page for choosing the centre's rating matrix. */
@Named("matrixView")
@ViewScoped
public class MatrixView implements Serializable {
  @Inject CurrentUser currentUser;
  @Inject Matrices matrices;

  private int size;
  private List<String> probabilityLabels;
  private List<String> consequenceLabels;
  private int lowMax;
  private int mediumMax;

  @PostConstruct
  void load() {
    take(matrices.of(currentUser.get().getCentre()).matrix());
  }

  /** A new size starts from that size's default labels and bands. */
  public void resize() {
    take(Matrix.standard(size));
  }

  public void save() {
    try {
      take(matrices.choose(currentUser.get(), matrix()));
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  "Saved. Risk assessments started from now on are rated on this matrix; those"
                      + " already started keep theirs."));
    } catch (InvalidInputException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      e.errors()
          .forEach(
              error ->
                  faces.addMessage(
                      null, new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null)));
      faces.validationFailed();
    }
  }

  public Matrix matrix() {
    return new Matrix(size, probabilityLabels, consequenceLabels, lowMax, mediumMax);
  }

  public String range(Band band) {
    return matrix().problems().isEmpty() ? matrix().range(band) : "-";
  }

  private void take(Matrix matrix) {
    size = matrix.size();
    probabilityLabels = new ArrayList<>(matrix.probabilityLabels());
    consequenceLabels = new ArrayList<>(matrix.consequenceLabels());
    lowMax = matrix.lowMax();
    mediumMax = matrix.mediumMax();
  }

  public int getSize() {
    return size;
  }

  public void setSize(int size) {
    this.size = size;
  }

  public List<String> getProbabilityLabels() {
    return probabilityLabels;
  }

  public List<String> getConsequenceLabels() {
    return consequenceLabels;
  }

  public int getLowMax() {
    return lowMax;
  }

  public void setLowMax(int lowMax) {
    this.lowMax = lowMax;
  }

  public int getMediumMax() {
    return mediumMax;
  }

  public void setMediumMax(int mediumMax) {
    this.mediumMax = mediumMax;
  }
}
