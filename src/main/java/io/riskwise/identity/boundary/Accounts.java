package io.riskwise.identity.boundary;

import io.riskwise.identity.control.Passwords;
import io.riskwise.identity.entity.Centre;
import io.riskwise.identity.entity.PasswordLink;
import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import io.riskwise.platform.audit.AdministrativeChange;
import io.riskwise.platform.mail.Mailer;
import io.riskwise.platform.paging.Page;
import io.riskwise.platform.rest.InvalidInputException;
import io.riskwise.platform.rest.Problem;
import io.riskwise.platform.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The people of a centre as its administrator manages them: create, deactivate, reactivate, and
 * reset a password. Nobody ever chooses a password for someone else: a new person, or one whose
 * password is reset, gets a one-use link (valid for 14 days) to set their own, e-mailed when mail
 * is configured and always shown once to the administrator to pass on.
 */
@ApplicationScoped
public class Accounts {
  static final Duration LINK_LIFETIME = Duration.ofDays(14);
  static final int MIN_PASSWORD = 10;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@+-]{2,99}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /** Names that would mislead if anyone had them. */
  private static final Set<String> RESERVED_USERNAMES =
      Set.of("admin", "administrator", "root", "riskwise", "support", "security", "system", "help");

  @Inject Passwords passwords;
  @Inject SignIns signIns;
  @Inject Mailer mailer;
  @Inject Event<LinkMade> linksMade;
  @Inject Event<AdministrativeChange> changes;

  /** An import of thousands must not wait for thousands of e-mails to be sent. */
  @PersistenceContext EntityManager em;

  /**
   * Where people reach Riskwise, for the links it sends. Without it, links are made only in demo
   * mode and only for a loopback address: never from a Host header someone else could send.
   */
  @Inject
  @ConfigProperty(name = "riskwise.public-url")
  Optional<String> publicUrl;

  @Inject
  @ConfigProperty(name = "riskwise.demo", defaultValue = "false")
  boolean demo;

  @Inject HttpServletRequest request;

  /** A new person, as an administrator describes them. */
  public record NewAccount(String username, String displayName, String email, Set<Role> roles) {}

  /** A person just created or reset, with the link to pass on (shown once). */
  public record WithLink(User user, String link) {}

  /** Fired when a link is made, so it is e-mailed once the change is committed. */
  public record LinkMade(String email, String displayName, String link, boolean isNew) {}

  /** Everyone at the administrator's centre, deactivated people too, searched by name. */
  public Page<User> list(User admin, String search, int page, int size) {
    int pageSize = Page.clampSize(size);
    int pageNumber = Math.max(0, page);
    String like = "%" + (search == null ? "" : search.trim().toLowerCase(Locale.ROOT)) + "%";
    String where =
        " from User u where u.centre = :centre and (lower(u.displayName) like :like"
            + " or lower(u.username) like :like or lower(u.email) like :like)";
    List<User> items =
        em.createQuery(
                "select u" + where + " order by u.active desc, u.displayName, u.id", User.class)
            .setParameter("centre", admin.getCentre())
            .setParameter("like", like)
            .setFirstResult(pageNumber * pageSize)
            .setMaxResults(pageSize)
            .getResultList();
    long total =
        em.createQuery("select count(u)" + where, Long.class)
            .setParameter("centre", admin.getCentre())
            .setParameter("like", like)
            .getSingleResult();
    return new Page<>(items, pageNumber, pageSize, total);
  }

  @Transactional
  public WithLink create(User admin, NewAccount account) {
    List<Problem.FieldError> problems = new ArrayList<>();
    String username = account == null ? null : normal(account.username());
    String name =
        account == null || account.displayName() == null ? "" : account.displayName().trim();
    String email = account == null ? null : normal(account.email());
    if (username == null || !USERNAME.matcher(username).matches()) {
      problems.add(
          new Problem.FieldError(
              "username",
              "A username is 3 to 100 lower-case letters, digits or . _ @ + -, starting with a"
                  + " letter or digit."));
    } else {
      usernameRefusal(admin.getCentre(), username)
          .ifPresent(refusal -> problems.add(new Problem.FieldError("username", refusal)));
    }
    if (name.isEmpty() || name.length() > 200) {
      problems.add(
          new Problem.FieldError("displayName", "Give the person's name (up to 200 characters)."));
    }
    if (email == null || email.length() > 254 || !EMAIL.matcher(email).matches()) {
      problems.add(
          new Problem.FieldError("email", "Give an e-mail address like name@example.org."));
    } else if (emailTaken(admin.getCentre(), email)) {
      problems.add(
          new Problem.FieldError(
              "email", "The e-mail " + email + " is already used at your centre."));
    }
    if (account == null || account.roles() == null || account.roles().isEmpty()) {
      problems.add(new Problem.FieldError("roles", "Choose at least one role."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    User user =
        add(admin.getCentre(), username, name, email, account.roles(), unusablePasswordHash());
    em.flush();
    audit(
        admin,
        "USER_CREATED",
        user,
        Map.of(
            "username", username,
            "email", email,
            "roles", account.roles().stream().map(Role::name).sorted().toList().toString()));
    return new WithLink(user, issueLink(user, true));
  }

  /**
   * A password hash nobody can match: a person's first password is the one they set through their
   * link. Hashing costs as much as a sign-in, so a batch of new people shares one such hash.
   */
  public String unusablePasswordHash() {
    return passwords.hash(secret());
  }

  /** Adds a person without checks, for callers that checked a whole batch first (enrolment). */
  public User add(
      Centre centre,
      String username,
      String displayName,
      String email,
      Set<Role> roles,
      String hash) {
    User user = new User(em.merge(centre), username, displayName, hash, EnumSet.copyOf(roles));
    user.setEmail(email);
    em.persist(user);
    return user;
  }

  /**
   * Why {@code username} cannot be given to a new person at {@code centre}, if it cannot. Usernames
   * are unique across Riskwise, because people sign in with the username alone. A name used at the
   * administrator's own centre is said to be so (they can see that person anyway); a name used at
   * another centre gets the same answer as a reserved one, so no centre learns who another has.
   */
  Optional<String> usernameRefusal(Centre centre, String username) {
    List<Long> holders =
        em.createQuery("select u.centre.id from User u where u.username = :username", Long.class)
            .setParameter("username", username)
            .getResultList();
    if (holders.contains(centre.getId())) {
      return Optional.of("The username " + username + " is already used at your centre.");
    }
    if (!holders.isEmpty() || RESERVED_USERNAMES.contains(username)) {
      return Optional.of("The username " + username + " cannot be used. Choose another.");
    }
    return Optional.empty();
  }

  public boolean emailTaken(Centre centre, String email) {
    return !em.createQuery(
            "select u.id from User u where u.centre = :centre and lower(u.email) = :email",
            Long.class)
        .setParameter("centre", centre)
        .setParameter("email", email.toLowerCase(Locale.ROOT))
        .getResultList()
        .isEmpty();
  }

  @Transactional
  public User deactivate(User admin, long id) {
    User user = managed(admin, id);
    if (user.getId().equals(admin.getId())) {
      throw new ProblemException(
          Response.Status.CONFLICT, "You cannot deactivate yourself; ask another administrator.");
    }
    user.setActive(false);
    revokeTokens(user);
    audit(admin, "USER_DEACTIVATED", user, Map.of("before", "active", "after", "deactivated"));
    return user;
  }

  /** Appends a change to a person to the centre's tamper-evident trail, in this transaction. */
  private void audit(User actor, String event, User person, Map<String, ?> details) {
    changes.fire(
        new AdministrativeChange(
            actor.getCentre().getId(), actor.getId(), event, "user:" + person.getId(), details));
  }

  private void revokeTokens(User user) {
    em.createQuery(
            "update ApiToken t set t.revokedAt = :now where t.user = :user and t.revokedAt is null")
        .setParameter("now", Instant.now())
        .setParameter("user", user)
        .executeUpdate();
  }

  @Transactional
  public User reactivate(User admin, long id) {
    User user = managed(admin, id);
    String before = user.isActive() ? "active" : "deactivated";
    user.setActive(true);
    audit(admin, "USER_REACTIVATED", user, Map.of("before", before, "after", "active"));
    return user;
  }

  @Transactional
  public WithLink resetPassword(User admin, long id) {
    User user = managed(admin, id);
    user.replacePassword(passwords.hash(secret()));
    revokeTokens(user);
    audit(
        admin,
        "PASSWORD_RESET",
        user,
        Map.of("sessionsAndTokens", "ended", "credentialsVersion", user.getCredentialsVersion()));
    return new WithLink(user, issueLink(user, false));
  }

  /** A new one-use link for a person; any earlier open link of theirs stops working. */
  public String issueLink(User user, boolean isNew) {
    Instant now = Instant.now();
    em.createNamedQuery(PasswordLink.OPEN_OF_USER, PasswordLink.class)
        .setParameter("userId", user.getId())
        .getResultList()
        .forEach(l -> l.close(now));
    String secret = secret();
    em.persist(new PasswordLink(Tokens.digest(secret), user.getId(), now, now.plus(LINK_LIFETIME)));
    String link = base() + "/set-password.xhtml?token=" + secret;
    linksMade.fire(new LinkMade(user.getEmail(), user.getDisplayName(), link, isNew));
    return link;
  }

  /** Whose link this is, while it can still be used. */
  public User holderOf(String token) {
    return usable(token)
        .map(l -> em.find(User.class, l.getUserId()))
        .filter(User::isActive)
        .orElseThrow(Accounts::linkUnusable);
  }

  private static ProblemException linkUnusable() {
    return new ProblemException(
        Response.Status.NOT_FOUND,
        "This link has expired or has already been used. Ask your centre for a new one.");
  }

  @Transactional
  public User setPassword(String token, String password, String repeated) {
    User user = holderOf(token);
    List<Problem.FieldError> problems = newPasswordProblems(user, password, repeated);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    int used =
        em.createNamedQuery(PasswordLink.USE)
            .setParameter("digest", Tokens.digest(token))
            .setParameter("now", Instant.now())
            .executeUpdate();
    if (used != 1) {
      throw linkUnusable();
    }
    User managed = em.merge(user);
    managed.replacePassword(passwords.hash(password));
    revokeTokens(managed);
    audit(
        managed,
        "PASSWORD_SET",
        managed,
        Map.of(
            "sessionsAndTokens", "ended", "credentialsVersion", managed.getCredentialsVersion()));
    return managed;
  }

  /**
   * A signed-in person changes their own password, giving the current one first. The check of the
   * current one is a sign-in: throttled and audited as one. Every session and token of theirs ends,
   * this one too, so they sign in again with the new password.
   */
  @Transactional
  public User changePassword(User person, String current, String password, String repeated) {
    List<Problem.FieldError> problems = new ArrayList<>();
    SignIns.Outcome check = signIns.signIn(person.getUsername(), current == null ? "" : current);
    if (check instanceof SignIns.Outcome.Throttled) {
      problems.add(
          new Problem.FieldError(
              "current", "Too many wrong passwords. Wait a few minutes, then try again."));
    } else if (!(check instanceof SignIns.Outcome.SignedIn)) {
      problems.add(new Problem.FieldError("current", "That is not your current password."));
    }
    problems.addAll(newPasswordProblems(person, password, repeated));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    User managed = em.find(User.class, person.getId());
    managed.replacePassword(passwords.hash(password));
    revokeTokens(managed);
    audit(
        managed,
        "PASSWORD_CHANGED",
        managed,
        Map.of(
            "sessionsAndTokens", "ended", "credentialsVersion", managed.getCredentialsVersion()));
    return managed;
  }

  private static List<Problem.FieldError> newPasswordProblems(
      User user, String password, String repeated) {
    List<Problem.FieldError> problems = new ArrayList<>();
    if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
      problems.add(
          new Problem.FieldError(
              "password", "Choose a password of at least " + MIN_PASSWORD + " characters."));
    } else if (password.equalsIgnoreCase(user.getUsername())) {
      problems.add(new Problem.FieldError("password", "Your password must not be your username."));
    } else if (!password.equals(repeated)) {
      problems.add(new Problem.FieldError("repeated", "The two passwords are not the same."));
    }
    return problems;
  }

  void mail(@Observes(during = TransactionPhase.AFTER_SUCCESS) LinkMade made) {
    String text =
        (made.isNew()
                ? "Hello "
                    + made.displayName()
                    + ",\n\nAn account on Riskwise has been made for you."
                : "Hello " + made.displayName() + ",\n\nYour Riskwise password has been reset.")
            + " Choose your password here (the link works once, for 14 days):\n\n"
            + made.link()
            + "\n";
    // Sent here, after the commit, as notifications are. Handed to the managed executor, a fast
    // failure closed the request's entity manager under it and the page failed.
    mailer.send(made.email(), "Set your Riskwise password", text);
  }

  private Optional<PasswordLink> usable(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return em.createNamedQuery(PasswordLink.FIND_BY_DIGEST, PasswordLink.class)
        .setParameter("digest", Tokens.digest(token))
        .getResultStream()
        .filter(l -> l.isUsableAt(Instant.now()))
        .findFirst();
  }

  private User managed(User admin, long id) {
    User user = em.find(User.class, id);
    if (user == null || !user.belongsTo(admin.getCentre())) {
      throw new ProblemException(
          Response.Status.NOT_FOUND, "There is no person " + id + " at your centre.");
    }
    return user;
  }

  private String base() {
    Optional<String> configured = publicUrl.filter(url -> !url.isBlank());
    if (configured.isPresent()) {
      return configured.get().replaceAll("/+$", "");
    }
    if (!demo || !isThisMachine(request.getServerName())) {
      throw new ProblemException(
          Response.Status.CONFLICT,
          "Riskwise has no public address configured (RISKWISE_PUBLIC_URL), so it cannot make a"
              + " set-password link. Ask whoever runs Riskwise to set it.");
    }
    return request.getScheme()
        + "://"
        + request.getServerName()
        + ":"
        + request.getServerPort()
        + request.getContextPath();
  }

  /**
   * Whether a name can only mean this machine: "localhost", a loopback address, this machine's own
   * name, or an address of one of its network interfaces. Judged without looking up the name the
   * request gave, so "evil.example" is never one.
   */
  static boolean isThisMachine(String host) {
    String name = host == null ? "" : host.toLowerCase(Locale.ROOT);
    return name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}") || OWN_NAMES.contains(name);
  }

  private static final Set<String> OWN_NAMES = ownNames();

  private static Set<String> ownNames() {
    Set<String> names = new java.util.HashSet<>(Set.of("localhost", "::1", "[::1]"));
    try {
      names.add(java.net.InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT));
      for (var nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
        for (var address : java.util.Collections.list(nic.getInetAddresses())) {
          String literal = address.getHostAddress().replaceAll("%.*$", "").toLowerCase(Locale.ROOT);
          names.add(literal);
          names.add("[" + literal + "]");
        }
      }
    } catch (java.io.IOException e) {
      // only the loopback names, then
    }
    return Set.copyOf(names);
  }

  private static String normal(String value) {
    return value == null ? null : value.trim().toLowerCase(Locale.ROOT);
  }

  private static String secret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
