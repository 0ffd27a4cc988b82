package io.riskwise.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A training centre: the tenant. Nothing of one centre is visible to another. */
@Entity
@Table(name = "centre")
@NamedQuery(name = Centre.COUNT, query = "select count(c) from Centre c")
public class Centre {
  public static final String COUNT = "Centre.count";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Centre() {}

  public Centre(String code, String name) {
    this.code = code;
    this.name = name;
    this.createdAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }
}
