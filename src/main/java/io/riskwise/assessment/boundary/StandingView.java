package io.riskwise.assessment.boundary;

import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where work stands, for the pages that show it: the apprentice's home, the portfolio list and the
 * assessment editor (the latest review's feedback beside the parts it is about). Each answer is
 * read once per request.
 */
@Named("standing")
@RequestScoped
public class StandingView {
  @Inject CurrentUser currentUser;
  @Inject Standings standings;

  private final Map<Long, List<Standings.Standing>> byApprentice = new HashMap<>();
  private final Map<Long, Standings.Feedback> feedback = new HashMap<>();

  /** The signed-in apprentice's own risk assessments. */
  public List<Standings.Standing> getMine() {
    User me = currentUser.get();
    return me.hasRole(Role.APPRENTICE) ? of(me.getId()) : List.of();
  }

  public List<Standings.Standing> of(long apprenticeId) {
    return byApprentice.computeIfAbsent(
        apprenticeId, id -> standings.of(currentUser.get(), apprenticeId));
  }

  /** One assessment's standing in its apprentice's list; null if it is not there. */
  public Standings.Standing one(long apprenticeId, long assessmentId) {
    return of(apprenticeId).stream()
        .filter(s -> s.assessmentId() == assessmentId)
        .findFirst()
        .orElse(null);
  }

  public Standings.Feedback feedback(long assessmentId) {
    return feedback.computeIfAbsent(
        assessmentId, id -> standings.feedback(currentUser.get(), assessmentId));
  }

  /** "12 Nov 2026" from an instant as the API writes it. */
  public String day(String instant) {
    return Standings.day(java.time.Instant.parse(instant));
  }

  /** The first few of a list, for a page that links to the rest. */
  public <T> List<T> first(List<T> all, int count) {
    return all.subList(0, Math.min(count, all.size()));
  }
}
