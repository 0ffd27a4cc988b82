package io.riskwise.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One failed sign-in, under the key it counts against: an account, an unknown name, an address. */
@Entity
@Table(name = "sign_in_failure")
@NamedQuery(
    name = SignInFailure.TIMES,
    query =
        "select f.failedAt from SignInFailure f"
            + " where f.throttleKey = :key and f.failedAt >= :since order by f.failedAt")
@NamedQuery(
    name = SignInFailure.FORGET_KEY,
    query = "delete from SignInFailure f where f.throttleKey = :key")
@NamedQuery(
    name = SignInFailure.FORGET_BEFORE,
    query = "delete from SignInFailure f where f.failedAt < :before")
public class SignInFailure {
  public static final String TIMES = "SignInFailure.times";
  public static final String FORGET_KEY = "SignInFailure.forgetKey";
  public static final String FORGET_BEFORE = "SignInFailure.forgetBefore";
  public static final int MAX_KEY = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "throttle_key", nullable = false, length = MAX_KEY, updatable = false)
  private String throttleKey;

  @Column(name = "failed_at", nullable = false, updatable = false)
  private Instant failedAt;

  protected SignInFailure() {}

  public SignInFailure(String throttleKey, Instant failedAt) {
    this.throttleKey = throttleKey;
    this.failedAt = failedAt;
  }
}
