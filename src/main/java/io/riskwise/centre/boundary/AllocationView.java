package io.riskwise.centre.boundary;

import io.riskwise.centre.entity.Cohort;
import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.platform.paging.Page;
import io.riskwise.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The allocation page: the centre's apprentices a page at a time (one cohort, or only those without
 * an assessor), ticked and assigned to an assessor together, with every caseload beside.
 */
@Named("allocation")
@ViewScoped
public class AllocationView implements Serializable {
  static final int PAGE_SIZE = 50;

  @Inject CurrentUser currentUser;
  @Inject Allocations allocations;
  @Inject Cohorts cohorts;

  private Long cohort;
  private boolean unallocated;
  private int page;
  private Long assessorId;
  private Map<Long, Boolean> chosen = new HashMap<>();
  private transient Page<Allocations.Row> rows;

  public Page<Allocations.Row> getRows() {
    if (rows == null) {
      rows = allocations.apprentices(currentUser.get(), cohort, unallocated, page, PAGE_SIZE);
    }
    return rows;
  }

  public void assign() {
    List<Long> ids = new ArrayList<>();
    chosen.forEach(
        (id, yes) -> {
          if (Boolean.TRUE.equals(yes)) {
            ids.add(id);
          }
        });
    if (Messages.attempt(() -> allocations.allocate(currentUser.get(), assessorId, ids))) {
      Messages.info(ids.size() + " apprentice(s) assigned.");
      chosen.clear();
    }
    rows = null;
  }

  public List<Allocations.Caseload> getCaseloads() {
    return allocations.caseloads(currentUser.get());
  }

  public List<Cohort> getCohorts() {
    return cohorts.all(currentUser.get());
  }

  public boolean isHasNext() {
    return (long) (page + 1) * PAGE_SIZE < getRows().total();
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  public Long getCohort() {
    return cohort;
  }

  public void setCohort(Long cohort) {
    this.cohort = cohort;
  }

  public boolean isUnallocated() {
    return unallocated;
  }

  public void setUnallocated(boolean unallocated) {
    this.unallocated = unallocated;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(0, page);
  }

  public Long getAssessorId() {
    return assessorId;
  }

  public void setAssessorId(Long assessorId) {
    this.assessorId = assessorId;
  }

  public Map<Long, Boolean> getChosen() {
    return chosen;
  }
}
