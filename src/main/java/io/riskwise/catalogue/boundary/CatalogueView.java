package io.riskwise.catalogue.boundary;

import io.riskwise.catalogue.entity.Catalogue;
import io.riskwise.catalogue.entity.Criterion;
import io.riskwise.catalogue.entity.Framework;
import io.riskwise.catalogue.entity.Kind;
import io.riskwise.catalogue.entity.Standard;
import io.riskwise.platform.rest.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue pages: the list of frameworks and standards, one framework, one standard with each
 * criterion's cross-mapped twins, and search by words.
 */
@Named
@RequestScoped
public class CatalogueView {
  static final int SEARCH_LIMIT = 100;

  @Inject Catalogues catalogues;
  @Inject FacesContext faces;

  private String code;
  private String id;
  private String query;
  private Standard standard;
  private Framework framework;
  private List<Found> results;

  /** A heading and the criteria under it. */
  public record Section(String heading, List<Row> rows) {}

  /** A criterion as a row of the standard page: parts of a requirement are indented. */
  public record Row(Criterion criterion, boolean part, List<Criterion> twins) {}

  /** A search result with the standard it belongs to. */
  public record Found(Criterion criterion, Standard standard) {}

  public void loadStandard() throws IOException {
    standard = catalogue().standard(code).orElse(null);
    if (standard == null) {
      notFound();
    }
  }

  public void loadFramework() throws IOException {
    framework = catalogue().framework(id).orElse(null);
    if (framework == null) {
      notFound();
    }
  }

  public List<Framework> getFrameworks() {
    return catalogue().frameworks();
  }

  public List<Standard> getStandards() {
    return catalogue().standards();
  }

  public Standard getStandard() {
    return standard;
  }

  public Framework getFramework() {
    return framework;
  }

  public String countsOf(Standard any) {
    List<String> parts = new ArrayList<>();
    any.counts().forEach((kind, count) -> parts.add(count + " " + kind.heading().toLowerCase()));
    return parts.isEmpty() ? "no criteria" : String.join(", ", parts);
  }

  /** The standard's criteria grouped as the source groups them. */
  public List<Section> getSections() {
    List<Section> sections = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      List<Criterion> ofKind = standard.criteriaOf(kind);
      if (ofKind.isEmpty()) {
        continue;
      }
      if (kind == Kind.ASSESSMENT && !standard.outcomes().isEmpty()) {
        for (Standard.Outcome outcome : standard.outcomes()) {
          List<Row> rows =
              ofKind.stream()
                  .filter(c -> Integer.valueOf(outcome.number()).equals(c.outcome()))
                  .map(this::row)
                  .toList();
          sections.add(
              new Section("Learning outcome " + outcome.number() + ": " + outcome.text(), rows));
        }
      } else {
        sections.add(new Section(kind.heading(), ofKind.stream().map(this::row).toList()));
      }
    }
    return sections;
  }

  public List<Found> getResults() {
    if (results == null) {
      Catalogue catalogue = catalogue();
      results =
          isSearched()
              ? catalogue.search(query, SEARCH_LIMIT).stream()
                  .map(c -> new Found(c, catalogue.standard(c.standardCode()).orElseThrow()))
                  .toList()
              : List.of();
    }
    return results;
  }

  public String getResultSummary() {
    int found = getResults().size();
    if (found == 0) {
      return "No criteria contain all of those words.";
    }
    String summary =
        found + (found == 1 ? " criterion contains" : " criteria contain") + " all of those words";
    return found >= SEARCH_LIMIT
        ? summary + "; showing the first " + SEARCH_LIMIT + "."
        : summary + ".";
  }

  public boolean isSearched() {
    return query != null && !query.isBlank();
  }

  private Row row(Criterion criterion) {
    Catalogue catalogue = catalogue();
    List<Criterion> twins =
        catalogue.twins(criterion.id()).stream()
            .map(catalogue::criterion)
            .flatMap(Optional::stream)
            .toList();
    return new Row(criterion, criterion.parent() != null, twins);
  }

  private Catalogue catalogue() {
    return catalogues.current();
  }

  private static void notFound() {
    throw new ProblemException(Response.Status.NOT_FOUND, "There is nothing at this address.");
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query == null ? null : query.strip();
  }
}
