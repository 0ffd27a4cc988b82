package io.riskwise.assessment.boundary;

import io.riskwise.assessment.control.SamplingPlan;
import io.riskwise.assessment.entity.CentrePlan;
import io.riskwise.assessment.entity.IqaDecision;
import io.riskwise.assessment.entity.Review;
import io.riskwise.assessment.entity.SamplePick;
import io.riskwise.assessment.entity.SignOff;
import io.riskwise.identity.entity.Centre;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.rest.InvalidInputException;
import io.riskwise.platform.rest.Problem;
import io.riskwise.platform.rest.ProblemException;
import io.riskwise.portfolio.entity.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Internal quality assurance: the centre's sampling plan, the sample it selects from the assessors'
 * decisions (reviews of submitted versions, interim; sign-offs, summative), the IQA's agreement or
 * referral (the assessor is told; a referred sign-off shows as referred until a later agreement),
 * and the report of sampled share and agreement rate per assessor and unit.
 */
@ApplicationScoped
public class QualityAssurance {
  /** Reviews are of risk assessments, evidence for unit C6 (and its twin INSCS027). */
  static final String REVIEW_UNIT = "C6";

  @Inject AuditTrail audit;
  @Inject Notifications notifications;
  @PersistenceContext EntityManager em;

  /** One assessor decision in the sample, with where the IQA's checking stands. */
  public record SampleItem(
      IqaDecision.Kind kind,
      long id,
      String stage,
      long assessorId,
      String assessor,
      long apprenticeId,
      String apprentice,
      String unit,
      String method,
      String decidedAt,
      int percent,
      IqaDecision.Outcome iqaOutcome,
      String iqaReasons,
      String link,
      boolean byHand) {}

  /** One line of the report: shares as whole percentages. */
  public record ReportLine(
      String group,
      long decisions,
      long sampled,
      long checked,
      long agreed,
      long referred,
      int sampledPercent,
      int agreementPercent) {
    static ReportLine of(
        String group, long decisions, long sampled, long checked, long agreed, long referred) {
      return new ReportLine(
          group,
          decisions,
          sampled,
          checked,
          agreed,
          referred,
          decisions == 0 ? 0 : (int) Math.round(100.0 * sampled / decisions),
          checked == 0 ? 0 : (int) Math.round(100.0 * agreed / checked));
    }
  }

  /** The report: by assessor and by unit. */
  public record Report(List<ReportLine> byAssessor, List<ReportLine> byUnit) {}

  public SamplingPlan plan(Centre centre) {
    CentrePlan plan = em.find(CentrePlan.class, centre.getId());
    return plan == null ? SamplingPlan.standard() : plan.plan();
  }

  @Transactional
  public SamplingPlan choose(User by, SamplingPlan plan) {
    List<Problem.FieldError> problems =
        plan.problems().stream().map(p -> new Problem.FieldError("plan", p)).toList();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    CentrePlan chosen = em.find(CentrePlan.class, by.getCentre().getId());
    if (chosen == null) {
      em.persist(new CentrePlan(by.getCentre().getId(), plan));
    } else {
      chosen.set(plan);
    }
    return plan;
  }

  /**
   * Every assessor decision at the centre, with whether it is in the sample: drawn by the plan,
   * added by hand, or already checked.
   */
  List<SampleItem> decisions(Centre centre, boolean sampledOnly) {
    Long centreId = centre.getId();
    SamplingPlan plan = plan(centre);
    Set<String> picked = new HashSet<>();
    em.createNamedQuery(SamplePick.OF_CENTRE, SamplePick.class)
        .setParameter("centreId", centreId)
        .getResultList()
        .forEach(p -> picked.add(p.getItemKind() + ":" + p.getItemId()));
    Map<Long, User> people = new HashMap<>();
    em.createNamedQuery(User.FIND_BY_CENTRE, User.class)
        .setParameter("centre", centre)
        .getResultList()
        .forEach(u -> people.put(u.getId(), u));
    List<Object[]> reviews =
        em.createQuery(
                "select r, a.apprenticeId from Review r, AssessmentVersion v, RiskAssessment a"
                    + " where r.versionId = v.id and v.assessmentId = a.id and a.apprenticeId in"
                    + " (select u.id from User u where u.centre.id = :centreId) order by r.decidedAt",
                Object[].class)
            .setParameter("centreId", centreId)
            .getResultList();
    List<SignOff> signOffs =
        em.createQuery(
                "select s from SignOff s where s.apprenticeId in"
                    + " (select u.id from User u where u.centre.id = :centreId) order by s.signedAt",
                SignOff.class)
            .setParameter("centreId", centreId)
            .getResultList();
    Map<Long, Integer> decisionsBy = new HashMap<>();
    reviews.forEach(r -> decisionsBy.merge(((Review) r[0]).getAssessorId(), 1, Integer::sum));
    signOffs.forEach(s -> decisionsBy.merge(s.getAssessorId(), 1, Integer::sum));
    List<IqaDecision> iqaDecisions =
        decisionsBy.isEmpty()
            ? List.of()
            : em.createNamedQuery(IqaDecision.OF_ASSESSORS, IqaDecision.class)
                .setParameter("assessorIds", List.copyOf(decisionsBy.keySet()))
                .getResultList();
    Map<String, IqaDecision> latest = new HashMap<>();
    Map<Long, Integer> referralsBy = new HashMap<>();
    for (IqaDecision d : iqaDecisions) {
      latest.put(d.getItemKind() + ":" + d.getItemId(), d);
      if (d.getOutcome() == IqaDecision.Outcome.REFERRED) {
        referralsBy.merge(d.getAssessorId(), 1, Integer::sum);
      }
    }
    Map<Long, String> names = new HashMap<>();
    decisionsBy
        .keySet()
        .forEach(
            id -> names.put(id, people.containsKey(id) ? people.get(id).getDisplayName() : ""));
    List<SampleItem> items = new ArrayList<>();
    for (Object[] row : reviews) {
      Review r = (Review) row[0];
      User apprentice = people.get((Long) row[1]);
      items.add(
          item(
              plan,
              latest,
              picked,
              IqaDecision.Kind.REVIEW,
              r.getId(),
              "Interim",
              r.getAssessorId(),
              names,
              decisionsBy,
              referralsBy,
              apprentice,
              REVIEW_UNIT,
              "RISK_ASSESSMENT",
              r.getDecidedAt(),
              "/app/assessment/submission.xhtml?version=" + r.getVersionId()));
    }
    for (SignOff s : signOffs) {
      User apprentice = people.get(s.getApprenticeId());
      items.add(
          item(
              plan,
              latest,
              picked,
              IqaDecision.Kind.SIGN_OFF,
              s.getId(),
              "Summative",
              s.getAssessorId(),
              names,
              decisionsBy,
              referralsBy,
              apprentice,
              s.getUnitCode(),
              "SIGN_OFF",
              s.getSignedAt(),
              "/app/assessment/unit.xhtml?apprentice="
                  + apprentice.getId()
                  + "&code="
                  + s.getUnitCode()));
    }
    items.sort(Comparator.comparing(SampleItem::decidedAt));
    return sampledOnly ? items.stream().filter(i -> i.percent() >= 0).toList() : items;
  }

  private static SampleItem item(
      SamplingPlan plan,
      Map<String, IqaDecision> latest,
      Set<String> picked,
      IqaDecision.Kind kind,
      long id,
      String stage,
      long assessorId,
      Map<Long, String> names,
      Map<Long, Integer> decisionsBy,
      Map<Long, Integer> referralsBy,
      User apprentice,
      String unit,
      String method,
      Instant at,
      String link) {
    SamplingPlan.Item planned =
        new SamplingPlan.Item(
            kind.name(),
            id,
            unit,
            method,
            decisionsBy.getOrDefault(assessorId, 0),
            referralsBy.getOrDefault(assessorId, 0));
    IqaDecision decided = latest.get(kind + ":" + id);
    boolean byHand = picked.contains(kind + ":" + id);
    boolean sampled = plan.samples(planned) || decided != null || byHand;
    int percent = sampled ? plan.percentFor(planned) : -1;
    return new SampleItem(
        kind,
        id,
        stage,
        assessorId,
        names.get(assessorId),
        apprentice.getId(),
        apprentice.getDisplayName(),
        unit,
        method,
        at.toString(),
        percent,
        decided == null ? null : decided.getOutcome(),
        decided == null ? null : decided.getReasons(),
        link,
        byHand);
  }

  /** The IQA's queue: sampled decisions, those still to check first. */
  public List<SampleItem> sample(User iqa) {
    List<SampleItem> sampled =
        new ArrayList<>(
            decisions(iqa.getCentre(), true).stream().filter(i -> !ownDecision(iqa, i)).toList());
    sampled.sort(
        Comparator.comparing((SampleItem i) -> i.iqaOutcome() == IqaDecision.Outcome.AGREED));
    return sampled;
  }

  /**
   * Decisions the sample does not hold yet, newest first, whose assessor, apprentice or unit
   * contains the words given; at most {@code limit} of them.
   */
  public List<SampleItem> unsampled(User iqa, String words, int limit) {
    String wanted = words == null ? "" : words.strip().toLowerCase(java.util.Locale.ROOT);
    List<SampleItem> found =
        new ArrayList<>(
            decisions(iqa.getCentre(), false).stream()
                .filter(i -> i.percent() < 0)
                .filter(i -> !ownDecision(iqa, i))
                .filter(
                    i ->
                        wanted.isEmpty()
                            || (i.assessor() + " " + i.apprentice() + " " + i.unit())
                                .toLowerCase(java.util.Locale.ROOT)
                                .contains(wanted))
                .toList());
    java.util.Collections.reverse(found);
    return found.subList(0, Math.min(limit, found.size()));
  }

  /**
   * Adds an assessor decision of the IQA's centre to the sample by hand, whatever the plan draws;
   * one already in the sample is 409.
   */
  @Transactional
  public SampleItem addToSample(User iqa, IqaDecision.Kind kind, long id) {
    if (kind == null) {
      throw InvalidInputException.of("kind", "Say whether it is a review or a sign-off.");
    }
    SampleItem item = find(iqa, kind, id);
    refuseOwn(iqa, item);
    if (item.percent() >= 0) {
      throw new ProblemException(
          Response.Status.CONFLICT, "This decision is already in the sample.");
    }
    SamplePick pick = new SamplePick(iqa.getCentre().getId(), kind, id, iqa.getId());
    em.persist(pick);
    em.flush();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("item", kind.name() + ":" + id);
    details.put("assessor", item.assessorId());
    audit.append(iqa, "IQA_SAMPLE_ADDED", "iqa-sample:" + pick.getId(), details);
    return find(iqa, kind, id);
  }

  /** Separation of duties: nobody quality-assures their own judgement or sign-off. */
  private static boolean ownDecision(User iqa, SampleItem item) {
    return item.assessorId() == iqa.getId();
  }

  private static void refuseOwn(User iqa, SampleItem item) {
    if (ownDecision(iqa, item)) {
      throw new ProblemException(
          Response.Status.FORBIDDEN,
          "You made this decision as its assessor, so another IQA must check it.");
    }
  }

  private SampleItem find(User iqa, IqaDecision.Kind kind, long id) {
    return decisions(iqa.getCentre(), false).stream()
        .filter(i -> i.kind() == kind && i.id() == id)
        .findFirst()
        .orElseThrow(
            () ->
                new ProblemException(
                    Response.Status.NOT_FOUND,
                    "There is no "
                        + kind.name().toLowerCase().replace('_', '-')
                        + " "
                        + id
                        + " at your centre."));
  }

  @Transactional
  public IqaDecision decide(
      User iqa, IqaDecision.Kind kind, long id, IqaDecision.Outcome outcome, String reasons) {
    if (kind == null || outcome == null) {
      throw InvalidInputException.of(
          "outcome", "Say what you checked and whether you agree or refer it back.");
    }
    SampleItem item =
        decisions(iqa.getCentre(), false).stream()
            .filter(i -> i.kind() == kind && i.id() == id)
            .findFirst()
            .orElseThrow(
                () ->
                    new ProblemException(
                        Response.Status.NOT_FOUND,
                        "There is no "
                            + kind.name().toLowerCase().replace('_', '-')
                            + " "
                            + id
                            + " at your centre."));
    refuseOwn(iqa, item);
    if (outcome == IqaDecision.Outcome.REFERRED && !Text.present(reasons)) {
      throw InvalidInputException.of("reasons", "Give your reasons for referring it back.");
    }
    IqaDecision decision =
        new IqaDecision(
            kind,
            id,
            item.assessorId(),
            iqa.getId(),
            outcome,
            Text.present(reasons) ? reasons.strip().replace("\r\n", "\n") : null);
    em.persist(decision);
    em.flush();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("item", kind.name() + ":" + id);
    details.put("assessor", item.assessorId());
    details.put("outcome", outcome.name());
    details.put("reasons", decision.getReasons());
    audit.append(iqa, "IQA_" + outcome.name(), "iqa-decision:" + decision.getId(), details);
    if (outcome == IqaDecision.Outcome.REFERRED) {
      notifications.send(
          item.assessorId(),
          "REFERRAL",
          "The IQA referred back your "
              + item.stage().toLowerCase()
              + " decision for "
              + item.apprentice()
              + ": "
              + decision.getReasons(),
          item.link());
    }
    return decision;
  }

  /** Sampled share and agreement rate per assessor and per unit. */
  public Report report(User iqa) {
    List<SampleItem> all = decisions(iqa.getCentre(), false);
    return new Report(lines(all, SampleItem::assessor), lines(all, SampleItem::unit));
  }

  private static List<ReportLine> lines(
      List<SampleItem> items, java.util.function.Function<SampleItem, String> group) {
    Map<String, List<SampleItem>> groups = new java.util.TreeMap<>();
    items.forEach(i -> groups.computeIfAbsent(group.apply(i), k -> new ArrayList<>()).add(i));
    List<ReportLine> lines = new ArrayList<>();
    groups.forEach(
        (name, list) ->
            lines.add(
                ReportLine.of(
                    name,
                    list.size(),
                    list.stream().filter(i -> i.percent() >= 0).count(),
                    list.stream().filter(i -> i.iqaOutcome() != null).count(),
                    list.stream().filter(i -> i.iqaOutcome() == IqaDecision.Outcome.AGREED).count(),
                    list.stream()
                        .filter(i -> i.iqaOutcome() == IqaDecision.Outcome.REFERRED)
                        .count())));
    return lines;
  }

  /** The latest IQA verdict on a sign-off, for showing "referred" until resolved. */
  public Map<Long, IqaDecision.Outcome> signOffVerdicts(List<SignOff> signOffs) {
    Map<Long, IqaDecision.Outcome> verdicts = new HashMap<>();
    if (signOffs.isEmpty()) {
      return verdicts;
    }
    em.createQuery(
            "select d from IqaDecision d where d.itemKind = :kind and d.itemId in :ids order by d.id",
            IqaDecision.class)
        .setParameter("kind", IqaDecision.Kind.SIGN_OFF)
        .setParameter("ids", signOffs.stream().map(SignOff::getId).toList())
        .getResultList()
        .forEach(d -> verdicts.put(d.getItemId(), d.getOutcome()));
    return verdicts;
  }
}
