package io.riskwise.demo;

import io.riskwise.assessment.boundary.Assessments;
import io.riskwise.assessment.boundary.Decision;
import io.riskwise.assessment.boundary.EqaGrants;
import io.riskwise.assessment.boundary.QualityAssurance;
import io.riskwise.assessment.boundary.SignOffs;
import io.riskwise.assessment.entity.IqaDecision;
import io.riskwise.assessment.entity.Judgement;
import io.riskwise.assessment.entity.Review;
import io.riskwise.assessment.entity.SignOff;
import io.riskwise.identity.entity.User;
import io.riskwise.portfolio.boundary.Portfolios;
import io.riskwise.portfolio.control.Documents;
import io.riskwise.portfolio.entity.AssessmentContent;
import io.riskwise.portfolio.entity.AssessmentVersion;
import io.riskwise.portfolio.entity.RiskAssessment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The demo's assessment work: apprentice2's assessment submitted, its C6 criteria met, the unit
 * signed off by assessor1, countersigned, and sampled and agreed by iqa1; apprentice3's draft
 * submitted and returned with feedback; apprentice5's waiting in assessor2's queue; eqa1 may read
 * apprentices 2 and 3 from a week ago for sixty days.
 */
@ApplicationScoped
public class DemoAssessments {
  static final List<String> C6 =
      List.of(
          "C6.1.1", "C6.1.2", "C6.1.3", "C6.1.4", "C6.1.5", "C6.1.6", "C6.1.7", "C6.2.1", "C6.2.2",
          "C6.2.3", "C6.2.4", "C6.2.5", "C6.3.1", "C6.3.2", "C6.3.3", "C6.3.4", "C6.3.5");

  @Inject Portfolios portfolios;
  @Inject Assessments assessments;
  @Inject SignOffs signOffs;
  @Inject EqaGrants grants;
  @Inject QualityAssurance quality;

  /** Called inside the demo loading transaction, after the demo portfolios. */
  void load(Map<String, User> people) {
    User assessor1 = people.get("assessor1");
    AssessmentVersion complete = submitOnly(people.get("apprentice2"));
    Decision met = new Decision();
    met.setOutcome(Review.Outcome.CRITERIA_MET);
    met.setFeedback(
        "A thorough, well-evidenced assessment of the reception desk. The Saturday queue review,"
            + " with figures before and after, is exactly what C6 asks for.");
    for (String criterion : C6) {
      Decision.Criterion row = new Decision.Criterion();
      row.setCriterionId(criterion);
      row.setStatus(Judgement.Status.MET);
      met.getCriteria().add(row);
    }
    assessments.decide(assessor1, complete.getId(), met);
    SignOff signOff = signOffs.signOff(assessor1, people.get("apprentice2").getId(), "C6");
    signOffs.countersign(people.get("apprentice2"), signOff.getId(), true);
    quality.decide(
        people.get("iqa1"),
        IqaDecision.Kind.SIGN_OFF,
        signOff.getId(),
        IqaDecision.Outcome.AGREED,
        "Sampled: the judgements match the evidence; the witness confirmed by phone.");

    AssessmentVersion draft = submitOnly(people.get("apprentice3"));
    Decision returned = new Decision();
    returned.setOutcome(Review.Outcome.RETURNED);
    returned.setFeedback(
        "Good start. Before I can judge C6: consult someone from a second group (a supervisor or"
            + " the IT supplier), judge at least one risk tolerable with your reasons, give the"
            + " web chat risk a probability, and say how customers were told.");
    assessments.decide(assessor1, draft.getId(), returned);

    User apprentice5 = people.get("apprentice5");
    AssessmentContent copy = Documents.read(only(people.get("apprentice3")).getContent());
    copy.setTitle("Risk assessment of the repairs reporting line");
    copy.setOrganisation("Brookside Housing Association");
    RiskAssessment repairs = portfolios.create(apprentice5, copy);
    portfolios.submit(apprentice5, repairs.getId(), repairs.getVersion());

    EqaGrants.Request access = new EqaGrants.Request();
    access.setEqaId(people.get("eqa1").getId());
    access.setApprenticeIds(
        List.of(people.get("apprentice2").getId(), people.get("apprentice3").getId()));
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    access.setStartsOn(today.minusDays(7));
    access.setEndsOn(today.plusDays(60));
    grants.grant(people.get("admin1"), access);
  }

  private AssessmentVersion submitOnly(User apprentice) {
    RiskAssessment assessment = only(apprentice);
    return portfolios.submit(apprentice, assessment.getId(), assessment.getVersion());
  }

  private RiskAssessment only(User apprentice) {
    return portfolios.find(apprentice, portfolios.assessmentsOf(apprentice).get(0).id());
  }
}
