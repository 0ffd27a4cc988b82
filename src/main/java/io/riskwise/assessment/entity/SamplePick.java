package io.riskwise.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An assessor decision the IQA added to the sample by hand, whatever the sampling plan draws: it
 * stays in the sample from then on.
 */
@Entity
@Table(name = "iqa_sample_pick")
@NamedQuery(
    name = SamplePick.OF_CENTRE,
    query = "select p from SamplePick p where p.centreId = :centreId order by p.id")
public class SamplePick {
  public static final String OF_CENTRE = "SamplePick.ofCentre";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "centre_id", nullable = false, updatable = false)
  private Long centreId;

  @Enumerated(EnumType.STRING)
  @Column(name = "item_kind", nullable = false, updatable = false, length = 20)
  private IqaDecision.Kind itemKind;

  @Column(name = "item_id", nullable = false, updatable = false)
  private Long itemId;

  @Column(name = "iqa_id", nullable = false, updatable = false)
  private Long iqaId;

  @Column(name = "picked_at", nullable = false, updatable = false)
  private Instant pickedAt;

  protected SamplePick() {}

  public SamplePick(Long centreId, IqaDecision.Kind itemKind, Long itemId, Long iqaId) {
    this.centreId = centreId;
    this.itemKind = itemKind;
    this.itemId = itemId;
    this.iqaId = iqaId;
    this.pickedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public IqaDecision.Kind getItemKind() {
    return itemKind;
  }

  public Long getItemId() {
    return itemId;
  }

  public Long getIqaId() {
    return iqaId;
  }

  public Instant getPickedAt() {
    return pickedAt;
  }
}
