package io.riskwise.assessment.boundary;

import io.riskwise.identity.boundary.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The assessor's queue page. */
@Named("queue")
@RequestScoped
public class QueueView {
  @Inject CurrentUser currentUser;
  @Inject Assessments assessments;

  private List<Assessments.QueueItem> items;

  public List<Assessments.QueueItem> getItems() {
    if (items == null) {
      items = assessments.queue(currentUser.get());
    }
    return items;
  }
}
