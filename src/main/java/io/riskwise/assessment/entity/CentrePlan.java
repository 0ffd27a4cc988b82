package io.riskwise.assessment.entity;

import io.riskwise.assessment.control.SamplingPlan;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sampling plan a centre chose; a centre without one samples by {@link
 * SamplingPlan#standard()}.
 */
@Entity
@Table(name = "sampling_plan")
public class CentrePlan {
  @Id
  @Column(name = "centre_id")
  private Long centreId;

  @Column(name = "base_percent", nullable = false)
  private int basePercent;

  @Column(name = "new_percent", nullable = false)
  private int newPercent;

  @Column(name = "new_below", nullable = false)
  private int newBelow;

  @Column(name = "referred_percent", nullable = false)
  private int referredPercent;

  @Column(name = "referred_at_least", nullable = false)
  private int referredAtLeast;

  @Column(name = "unit_percents", nullable = false)
  private String unitPercents;

  @Column(name = "method_percents", nullable = false)
  private String methodPercents;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected CentrePlan() {}

  public CentrePlan(Long centreId, SamplingPlan plan) {
    this.centreId = centreId;
    set(plan);
  }

  public void set(SamplingPlan plan) {
    basePercent = plan.basePercent();
    newPercent = plan.newPercent();
    newBelow = plan.newBelow();
    referredPercent = plan.referredPercent();
    referredAtLeast = plan.referredAtLeast();
    unitPercents = json(plan.unitPercents());
    methodPercents = json(plan.methodPercents());
    updatedAt = Instant.now();
  }

  public SamplingPlan plan() {
    return new SamplingPlan(
        basePercent,
        newPercent,
        newBelow,
        referredPercent,
        referredAtLeast,
        map(unitPercents),
        map(methodPercents));
  }

  private static String json(Map<String, Integer> percents) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    new TreeMap<>(percents).forEach(json::add);
    return json.build().toString();
  }

  private static Map<String, Integer> map(String json) {
    Map<String, Integer> percents = new TreeMap<>();
    Json.createReader(new StringReader(json))
        .readObject()
        .forEach((k, v) -> percents.put(k, Integer.parseInt(v.toString())));
    return percents;
  }
}
