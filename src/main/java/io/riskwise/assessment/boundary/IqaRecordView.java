package io.riskwise.assessment.boundary;

import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.identity.entity.Role;
import io.riskwise.platform.rest.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The page of one IQA record: a sampled assessor decision, its evidence as the assessor saw it, and
 * the IQA's verdicts. The centre's IQAs and administrators read it, and an external verifier while
 * their grant covers the apprentice; for anyone else it does not exist.
 */
@Named("iqaRecord")
@RequestScoped
public class IqaRecordView {
  @Inject CurrentUser currentUser;
  @Inject IqaRecords records;

  private String kind;
  private String id;
  private IqaRecords.Record record;

  public void load() {
    long number;
    try {
      number = Long.parseLong(id == null ? "" : id.strip());
    } catch (NumberFormatException e) {
      throw new ProblemException(
          jakarta.ws.rs.core.Response.Status.NOT_FOUND, "There is no such decision.");
    }
    record = records.record(currentUser.get(), IqaView.kindOf(kind), number);
  }

  public IqaRecords.Record getRecord() {
    return record;
  }

  /** Whether the reader is the verifier (who goes back to their list) or centre staff. */
  public boolean isVerifier() {
    return currentUser.get().hasRole(Role.EQA)
        && !currentUser.get().hasRole(Role.IQA)
        && !currentUser.get().hasRole(Role.CENTRE_ADMIN);
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
