package io.riskwise.demo;

import io.riskwise.identity.control.Passwords;
import io.riskwise.identity.entity.Allocation;
import io.riskwise.identity.entity.Centre;
import io.riskwise.identity.entity.Role;
import io.riskwise.identity.entity.User;
import io.riskwise.learning.boundary.Modules;
import io.riskwise.learning.control.KnowledgeCheck;
import io.riskwise.learning.entity.Module;
import io.riskwise.learning.entity.Question;
import io.riskwise.platform.startup.Started;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data for newcomers and tests ({@code RISKWISE_DEMO=true}, set by {@code mvn -Prun}): two
 * centres, so that tenancy can be seen, loaded only into an empty database and never touched again.
 */
@ApplicationScoped
public class DemoCentre {
  public static final String PASSWORD = "riskwise-demo";
  private static final Logger LOG = Logger.getLogger(DemoCentre.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Passwords passwords;
  @Inject Modules modules;
  @Inject DemoPortfolios portfolios;
  @Inject DemoAssessments assessments;
  @Inject DemoCohorts cohorts;

  @Inject
  @ConfigProperty(name = "riskwise.demo", defaultValue = "false")
  boolean enabled;

  /** A demo login, as printed at start and offered on the sign-in page. */
  public record Login(String username, String name, Role role, String centre) {}

  static final String RIVERSIDE = "Riverside Training Centre";
  static final String NORTHGATE = "Northgate Skills Academy";

  static final List<Login> LOGINS =
      List.of(
          new Login("admin1", "Alex Morgan", Role.CENTRE_ADMIN, RIVERSIDE),
          new Login("assessor1", "Priya Shah", Role.ASSESSOR, RIVERSIDE),
          new Login("assessor2", "Tom Okafor", Role.ASSESSOR, RIVERSIDE),
          new Login("iqa1", "Helen Fraser", Role.IQA, RIVERSIDE),
          new Login("eqa1", "David Lindqvist", Role.EQA, RIVERSIDE),
          new Login("apprentice1", "Jordan Lee", Role.APPRENTICE, RIVERSIDE),
          new Login("apprentice2", "Amira Hassan", Role.APPRENTICE, RIVERSIDE),
          new Login("apprentice3", "Callum Reid", Role.APPRENTICE, RIVERSIDE),
          new Login("apprentice4", "Sofia Nowak", Role.APPRENTICE, RIVERSIDE),
          new Login("apprentice5", "Ben Carter", Role.APPRENTICE, RIVERSIDE),
          new Login("apprentice6", "Leah Murray", Role.APPRENTICE, RIVERSIDE),
          new Login("northgate-admin", "Grace Adeyemi", Role.CENTRE_ADMIN, NORTHGATE),
          new Login("northgate-apprentice", "Ryan Doyle", Role.APPRENTICE, NORTHGATE));

  public List<Login> logins() {
    return enabled ? LOGINS : List.of();
  }

  @Transactional
  void loadIfWanted(@Observes @Priority(Started.DEMO) Started started) {
    if (!enabled) {
      return;
    }
    if (em.createNamedQuery(Centre.COUNT, Long.class).getSingleResult() == 0) {
      load();
      LOG.info("Loaded the demo centres");
    }
    printLogins();
  }

  private void load() {
    Centre riverside = new Centre("RIVERSIDE", RIVERSIDE);
    Centre northgate = new Centre("NORTHGATE", NORTHGATE);
    em.persist(riverside);
    em.persist(northgate);
    List<User> users = new ArrayList<>();
    for (Login login : LOGINS) {
      Centre centre = login.centre().equals(RIVERSIDE) ? riverside : northgate;
      User user =
          new User(
              centre,
              login.username(),
              login.name(),
              passwords.hash(PASSWORD),
              Set.of(login.role()));
      user.setEmail(login.username() + "@" + centre.getCode().toLowerCase() + ".example");
      em.persist(user);
      users.add(user);
    }
    em.flush();
    User assessor1 = byName(users, "assessor1");
    User assessor2 = byName(users, "assessor2");
    for (int i = 1; i <= 6; i++) {
      em.persist(new Allocation(i <= 3 ? assessor1 : assessor2, byName(users, "apprentice" + i)));
    }
    learning(users);
    Map<String, User> apprentices = new HashMap<>();
    users.stream()
        .filter(u -> u.hasRole(Role.APPRENTICE))
        .forEach(u -> apprentices.put(u.getUsername(), u));
    portfolios.load(apprentices);
    Map<String, User> everyone = new HashMap<>();
    users.forEach(u -> everyone.put(u.getUsername(), u));
    assessments.load(everyone);
    cohorts.load(everyone);
  }

  /**
   * Some apprentices part-way through the modules, one finished, one who has not passed yet;
   * apprentices 1, 5 and 6 start fresh, so that their first steps can be tried out.
   */
  private void learning(List<User> users) {
    List<Module> all = modules.all();
    User apprentice2 = byName(users, "apprentice2");
    modules.openLesson(apprentice2, all.get(0), all.get(0).lessons().size());
    modules.submitCheck(apprentice2, all.get(0), answers(all.get(0), true));
    modules.openLesson(apprentice2, all.get(1), 3);
    User apprentice3 = byName(users, "apprentice3");
    for (Module module : all) {
      modules.openLesson(apprentice3, module, module.lessons().size());
      modules.submitCheck(apprentice3, module, answers(module, true));
    }
    User apprentice4 = byName(users, "apprentice4");
    modules.openLesson(apprentice4, all.get(0), 2);
    modules.submitCheck(apprentice4, all.get(0), answers(all.get(0), false));
  }

  /** Answers to the first questions of a module's bank, all right or all wrong. */
  private static List<KnowledgeCheck.Answer> answers(Module module, boolean right) {
    List<KnowledgeCheck.Answer> answers = new ArrayList<>();
    for (Question question : module.questions().subList(0, module.questionsPerAttempt())) {
      List<String> items =
          new ArrayList<>(question.items().stream().map(Question.Item::id).toList());
      if (!right) {
        Collections.reverse(items);
      }
      answers.add(
          switch (question.type()) {
            case SINGLE, MULTIPLE ->
                new KnowledgeCheck.Answer(
                    question.id(),
                    question.options().stream()
                        .filter(o -> o.correct() == right)
                        .limit(right ? Long.MAX_VALUE : 1)
                        .map(Question.Option::id)
                        .toList(),
                    null,
                    null);
            case ORDERING -> new KnowledgeCheck.Answer(question.id(), null, items, null);
            case WRITTEN ->
                new KnowledgeCheck.Answer(
                    question.id(),
                    null,
                    null,
                    "In our shop we talk through each risk at the morning huddle, score it for"
                        + " probability and consequence, and write it in the risk log.");
          });
    }
    return answers;
  }

  private static User byName(List<User> users, String username) {
    return users.stream().filter(u -> u.getUsername().equals(username)).findFirst().orElseThrow();
  }

  private static void printLogins() {
    StringBuilder text =
        new StringBuilder("\n\nRiskwise demo logins (password: " + PASSWORD + ")\n");
    for (Login login : LOGINS) {
      text.append(
          String.format(
              "  %-22s %-26s %s, %s%n",
              login.username(), login.name(), login.role().title(), login.centre()));
    }
    System.out.println(text);
  }
}
