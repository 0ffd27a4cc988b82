package io.riskwise.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A comment an assessor saved to reuse while judging. It belongs to that assessor alone: nobody
 * else sees it, and using it copies its words into a judgement, so removing it changes no
 * judgement.
 */
@Entity
@Table(name = "saved_comment")
@NamedQuery(
    name = SavedComment.OF_ASSESSOR,
    query = "select c from SavedComment c where c.assessorId = :assessorId order by c.id")
public class SavedComment {
  public static final String OF_ASSESSOR = "SavedComment.ofAssessor";
  public static final int MAX_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "assessor_id", nullable = false, updatable = false)
  private Long assessorId;

  @Column(nullable = false, updatable = false, length = MAX_LENGTH)
  private String text;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected SavedComment() {}

  public SavedComment(Long assessorId, String text) {
    this.assessorId = assessorId;
    this.text = text;
    this.createdAt = Instant.now();
  }

  public boolean belongsTo(Long userId) {
    return assessorId.equals(userId);
  }

  public Long getId() {
    return id;
  }

  public Long getAssessorId() {
    return assessorId;
  }

  public String getText() {
    return text;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
