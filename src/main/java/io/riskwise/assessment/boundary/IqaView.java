package io.riskwise.assessment.boundary;

import io.riskwise.assessment.entity.IqaDecision;
import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.platform.rest.InvalidInputException;
import io.riskwise.platform.rest.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The IQA's page: the sample to check, agree or refer back, and the report. */
@Named("iqa")
@RequestScoped
public class IqaView {
  @Inject CurrentUser currentUser;
  @Inject QualityAssurance quality;

  private final Map<String, String> reasons = new HashMap<>();
  private List<QualityAssurance.SampleItem> sample;

  public List<QualityAssurance.SampleItem> getSample() {
    if (sample == null) {
      sample = quality.sample(currentUser.get());
    }
    return sample;
  }

  public QualityAssurance.Report getReport() {
    return quality.report(currentUser.get());
  }

  public void agree(String kind, long id) {
    decide(kind, id, IqaDecision.Outcome.AGREED);
  }

  public void refer(String kind, long id) {
    decide(kind, id, IqaDecision.Outcome.REFERRED);
  }

  private void decide(String kind, long id, IqaDecision.Outcome outcome) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      quality.decide(
          currentUser.get(), IqaDecision.Kind.valueOf(kind), id, outcome, reasons.get(kind + id));
      sample = null;
      faces.addMessage(
          null,
          new FacesMessage(
              outcome == IqaDecision.Outcome.AGREED
                  ? "Agreed."
                  : "Referred back; the assessor has been told."));
    } catch (InvalidInputException e) {
      e.errors()
          .forEach(
              error ->
                  faces.addMessage(
                      null, new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null)));
      faces.validationFailed();
    } catch (ProblemException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      faces.validationFailed();
    }
  }

  public Map<String, String> getReasons() {
    return reasons;
  }
}
