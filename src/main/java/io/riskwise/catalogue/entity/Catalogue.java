package io.riskwise.catalogue.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The whole validated catalogue, immutable once built. Every lookup is in memory: the catalogue is
 * a few hundred kilobytes of reference data read on every page.
 */
public final class Catalogue {
  private final List<Framework> frameworks;
  private final List<Standard> standards;
  private final List<Link> links;
  private final String checksum;
  private final Map<String, Standard> byCode = new LinkedHashMap<>();
  private final Map<String, Criterion> byId = new LinkedHashMap<>();
  private final Map<String, List<String>> crossMap;
  private final Map<String, List<String>> exactMap;

  /**
   * @param checksum SHA-256 of the content files it was read from: the catalogue version
   */
  public Catalogue(
      List<Framework> frameworks, List<Standard> standards, List<Link> links, String checksum) {
    this.frameworks = List.copyOf(frameworks);
    this.standards = List.copyOf(standards);
    this.links = List.copyOf(links);
    this.checksum = checksum;
    for (Standard standard : standards) {
      byCode.put(standard.code(), standard);
      for (Criterion criterion : standard.criteria()) {
        byId.put(criterion.id(), criterion);
      }
    }
    crossMap = bothWays(links);
    exactMap = bothWays(links.stream().filter(Link::isCore).toList());
  }

  private static Map<String, List<String>> bothWays(List<Link> links) {
    Map<String, Set<String>> twins = new LinkedHashMap<>();
    for (Link link : links) {
      twins.computeIfAbsent(link.from(), k -> new TreeSet<>()).add(link.to());
      twins.computeIfAbsent(link.to(), k -> new TreeSet<>()).add(link.from());
    }
    return twins.entrySet().stream()
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
  }

  public List<Framework> frameworks() {
    return frameworks;
  }

  public List<Standard> standards() {
    return standards;
  }

  public List<Link> links() {
    return links;
  }

  public String checksum() {
    return checksum;
  }

  public Optional<Framework> framework(String id) {
    return frameworks.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  public Optional<Standard> standard(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  public Optional<Criterion> criterion(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public List<Criterion> criteria() {
    return List.copyOf(byId.values());
  }

  /** The criteria met by the same evidence as this one, in either direction of the cross-map. */
  public List<String> twins(String id) {
    return crossMap.getOrDefault(id, List.of());
  }

  /**
   * The exact-match twins only (the core table of the cross-map): the criteria for which a
   * judgement of this one counts as well. Related-only links guide but never carry a judgement.
   */
  public List<String> exactTwins(String id) {
    return exactMap.getOrDefault(id, List.of());
  }

  /**
   * Criteria whose wording, id or standard title contains every word asked for, in catalogue order;
   * at most {@code limit} of them.
   */
  public List<Criterion> search(String query, int limit) {
    List<String> words =
        Arrays.stream(query.toLowerCase(Locale.ROOT).split("\\s+"))
            .filter(w -> !w.isBlank())
            .toList();
    if (words.isEmpty()) {
      return List.of();
    }
    List<Criterion> found = new ArrayList<>();
    for (Standard standard : standards) {
      for (Criterion criterion : standard.criteria()) {
        String haystack =
            (criterion.text() + " " + criterion.id() + " " + standard.title())
                .toLowerCase(Locale.ROOT);
        if (words.stream().allMatch(haystack::contains)) {
          found.add(criterion);
          if (found.size() == limit) {
            return found;
          }
        }
      }
    }
    return found;
  }
}
