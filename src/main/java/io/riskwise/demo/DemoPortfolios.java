package io.riskwise.demo;

import io.riskwise.identity.entity.User;
import io.riskwise.portfolio.boundary.EvidenceItems;
import io.riskwise.portfolio.boundary.Mappings;
import io.riskwise.portfolio.boundary.NewEvidence;
import io.riskwise.portfolio.boundary.NewMapping;
import io.riskwise.portfolio.boundary.Portfolios;
import io.riskwise.portfolio.control.Documents;
import io.riskwise.portfolio.entity.EvidenceItem;
import io.riskwise.portfolio.entity.EvidenceKind;
import io.riskwise.portfolio.entity.RiskAssessment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The demo portfolios: apprentice2 has a complete, ready risk assessment of a leisure centre
 * reception with evidence from several occasions, mapped to criteria; apprentice3 a draft with gaps
 * the readiness check names; apprentices 4 and 5 some other evidence; 1 and 6 start empty.
 */
@ApplicationScoped
public class DemoPortfolios {
  private static final String FOLDER = "/demo/portfolio/";
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject Portfolios portfolios;
  @Inject EvidenceItems evidence;
  @Inject Mappings mappings;

  /** One demo evidence item, with the file it carries and the criteria it is mapped to. */
  public static class Item extends NewEvidence {
    private String file;
    private List<String> criteria = List.of();

    public String getFile() {
      return file;
    }

    public void setFile(String file) {
      this.file = file;
    }

    public List<String> getCriteria() {
      return criteria;
    }

    public void setCriteria(List<String> criteria) {
      this.criteria = criteria;
    }
  }

  /** A part of the demo assessment and the criteria it is mapped to. */
  public static class PartMapping {
    private String part;
    private List<String> criteria = List.of();

    public String getPart() {
      return part;
    }

    public void setPart(String part) {
      this.part = part;
    }

    public List<String> getCriteria() {
      return criteria;
    }

    public void setCriteria(List<String> criteria) {
      this.criteria = criteria;
    }
  }

  /** Called inside the demo loading transaction, with the demo apprentices by username. */
  void load(Map<String, User> apprentices) {
    RiskAssessment complete =
        portfolios.create(
            apprentices.get("apprentice2"), Documents.read(read("apprentice2-assessment.json")));
    PartMapping[] parts = JSON.fromJson(read("apprentice2-mappings.json"), PartMapping[].class);
    for (PartMapping part : parts) {
      for (String criterion : part.getCriteria()) {
        mappings.add(
            apprentices.get("apprentice2"),
            new NewMapping(criterion, null, complete.getId(), part.getPart()));
      }
    }
    portfolios.create(
        apprentices.get("apprentice3"), Documents.read(read("apprentice3-assessment.json")));
    Map<String, Item[]> items =
        JSON.fromJson(
            read("evidence.json"),
            new java.util.HashMap<String, Item[]>() {}.getClass().getGenericSuperclass());
    items.forEach(
        (username, list) -> {
          User apprentice = apprentices.get(username);
          for (Item item : list) {
            EvidenceItem added = add(apprentice, item);
            for (String criterion : item.getCriteria()) {
              mappings.add(apprentice, new NewMapping(criterion, added.getId(), null, null));
            }
          }
        });
  }

  private EvidenceItem add(User apprentice, Item item) {
    if (item.getFile() == null) {
      return evidence.add(apprentice, item);
    }
    if (item.getKind() == null) {
      item.setKind(EvidenceKind.FILE);
    }
    try (InputStream file = resource(item.getFile())) {
      return evidence.upload(apprentice, item, item.getFile(), file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(String name) {
    try (InputStream in = resource(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = DemoPortfolios.class.getResourceAsStream(FOLDER + name);
    if (in == null) {
      throw new IllegalStateException("The demo file " + name + " is missing from the WAR");
    }
    return in;
  }
}
