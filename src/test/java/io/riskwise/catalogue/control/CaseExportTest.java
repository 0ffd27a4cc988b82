package io.riskwise.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.riskwise.catalogue.entity.Catalogue;
import io.riskwise.catalogue.entity.Standard;
import io.riskwise.platform.content.ContentFiles;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseExportTest {
  static final Catalogue CATALOGUE =
      new CatalogueReader().read(ContentFiles.fromDirectory(Path.of("content", "catalogue")));
  final CaseExport export = new CaseExport(URI.create("https://riskwise.example/api/"));

  @Test
  void everyStandardExportsOneItemPerCriterionAsValidJson() {
    for (Standard standard : CATALOGUE.standards()) {
      JsonObject parsed =
          Json.createReader(new StringReader(export.export(standard, CATALOGUE).toString()))
              .readObject();
      assertEquals(
          standard.criteria().size(), parsed.getJsonArray("CFItems").size(), standard.code());
      long children =
          parsed.getJsonArray("CFAssociations").getValuesAs(JsonObject.class).stream()
              .filter(a -> a.getString("associationType").equals("isChildOf"))
              .count();
      assertEquals(standard.criteria().size(), children, "every item sits in the tree");
    }
  }

  @Test
  void theCrossMapBecomesAssociationsAndIdentifiersAreStable() {
    Standard c6 = CATALOGUE.standard("C6").orElseThrow();
    JsonObject first = export.export(c6, CATALOGUE);
    JsonObject again = export.export(c6, CATALOGUE);
    assertEquals(
        first.getJsonObject("CFDocument").getString("identifier"),
        again.getJsonObject("CFDocument").getString("identifier"));

    List<JsonObject> associations =
        first.getJsonArray("CFAssociations").getValuesAs(JsonObject.class);
    List<JsonObject> matches =
        associations.stream()
            .filter(a -> a.getString("associationType").equals("exactMatchOf"))
            .toList();
    assertTrue(
        matches.stream()
            .anyMatch(
                a ->
                    a.getJsonObject("originNodeURI").getString("title").equals("C6.2.1")
                        && a.getJsonObject("destinationNodeURI")
                            .getString("title")
                            .equals("INSCS027.PC8")),
        "C6 2.1 matches INSCS027 PC8");
    Set<String> identifiers = new HashSet<>();
    first
        .getJsonArray("CFItems")
        .getValuesAs(JsonObject.class)
        .forEach(i -> identifiers.add(i.getString("identifier")));
    associations.forEach(a -> identifiers.add(a.getString("identifier")));
    assertEquals(
        c6.criteria().size() + associations.size(), identifiers.size(), "identifiers are unique");
  }

  @Test
  void aLetteredPartIsAChildOfItsRequirement() {
    JsonObject c6 = export.export(CATALOGUE.standard("C6").orElseThrow(), CATALOGUE);
    JsonObject part =
        c6.getJsonArray("CFAssociations").getValuesAs(JsonObject.class).stream()
            .filter(a -> a.getString("associationType").equals("isChildOf"))
            .filter(a -> a.getJsonObject("originNodeURI").getString("title").equals("C6.ER7a"))
            .findFirst()
            .orElseThrow();
    assertEquals("C6.ER7", part.getJsonObject("destinationNodeURI").getString("title"));
  }
}
