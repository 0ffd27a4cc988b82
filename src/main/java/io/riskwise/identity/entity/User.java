package io.riskwise.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A person who signs in: an apprentice, assessor, quality assurer, administrator or verifier of
 * exactly one centre. The password is only ever held as a salted hash (Argon2id, or PBKDF2 until
 * the next sign-in).
 */
@Entity
@Table(name = "app_user")
@NamedQuery(
    name = User.FIND_BY_USERNAME,
    query = "select u from User u join fetch u.centre where u.username = :username")
@NamedQuery(
    name = User.FIND_BY_CENTRE,
    query =
        "select u from User u join fetch u.centre where u.centre = :centre and u.active = true"
            + " order by u.displayName, u.id")
@NamedQuery(
    name = User.FIND_BY_CENTRE_AND_ROLE,
    query =
        "select u from User u join u.roles r where u.centre = :centre and u.active = true"
            + " and r = :role order by u.displayName, u.id")
@NamedQuery(
    name = User.COUNT_BY_CENTRE,
    query = "select count(u) from User u where u.centre = :centre and u.active = true")
public class User {
  public static final String FIND_BY_USERNAME = "User.findByUsername";
  public static final String FIND_BY_CENTRE = "User.findByCentre";
  public static final String COUNT_BY_CENTRE = "User.countByCentre";
  public static final String FIND_BY_CENTRE_AND_ROLE = "User.findByCentreAndRole";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "centre_id", nullable = false)
  private Centre centre;

  @Column(nullable = false, unique = true, length = 100)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(name = "given_name", length = 100)
  private String givenName;

  @Column(name = "family_name", length = 100)
  private String familyName;

  @Column(length = 254)
  private String email;

  @Column(name = "password_hash", nullable = false, length = 400)
  private String passwordHash;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "credentials_version", nullable = false)
  private int credentialsVersion;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** Read for a whole list in one extra statement, not one per person. */
  @ElementCollection(fetch = FetchType.EAGER)
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role", length = 20)
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  protected User() {}

  public User(
      Centre centre, String username, String displayName, String passwordHash, Set<Role> roles) {
    this.centre = centre;
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.roles = EnumSet.copyOf(roles);
    this.createdAt = Instant.now();
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  /** The name in two parts, as an enrolment file gives it; the display name joins them. */
  public void setNames(String givenName, String familyName) {
    this.givenName = givenName;
    this.familyName = familyName;
    this.displayName = givenName + " " + familyName;
  }

  public String getGivenName() {
    return givenName;
  }

  public String getFamilyName() {
    return familyName;
  }

  /**
   * Replaces the password (a reset or a change): every page session signed in before it ends, as
   * {@link #getCredentialsVersion()} no longer matches theirs.
   */
  public void replacePassword(String passwordHash) {
    this.passwordHash = passwordHash;
    credentialsVersion++;
  }

  /**
   * Stores the same password hashed afresh (a stronger algorithm or newer parameters), when the
   * stored hash is still the one just checked. Sessions and tokens stay valid: the password is
   * unchanged, so {@link #getCredentialsVersion()} does not move.
   */
  public boolean upgradeHash(String checkedHash, String newHash) {
    if (!passwordHash.equals(checkedHash)) {
      return false;
    }
    this.passwordHash = newHash;
    return true;
  }

  /** Rises with every reset or change of password. */
  public int getCredentialsVersion() {
    return credentialsVersion;
  }

  /** A deactivated person can no longer sign in; everything they did stays on record. */
  public void setActive(boolean active) {
    this.active = active;
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public boolean belongsTo(Centre other) {
    return centre.getId().equals(other.getId());
  }

  public Long getId() {
    return id;
  }

  public Centre getCentre() {
    return centre;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isActive() {
    return active;
  }

  public Set<Role> getRoles() {
    return Collections.unmodifiableSet(roles);
  }
}
