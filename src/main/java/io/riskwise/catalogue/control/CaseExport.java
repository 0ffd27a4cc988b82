package io.riskwise.catalogue.control;

import io.riskwise.catalogue.entity.Catalogue;
import io.riskwise.catalogue.entity.Criterion;
import io.riskwise.catalogue.entity.Link;
import io.riskwise.catalogue.entity.Standard;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A standard as an IMS CASE 1.1 package (CFDocument, CFItems, CFAssociations), so that other
 * systems can import it. Identifiers are name-based UUIDs of the criterion ids, so the same
 * criterion has the same identifier in every export. The tree is written as {@code isChildOf}
 * associations; the cross-map as {@code exactMatchOf} for the core INSCS027 to C6 pairs and {@code
 * isRelatedTo} for the others.
 */
public class CaseExport {
  private final URI api;

  /**
   * @param api the base address of the REST API, e.g. {@code https://riskwise.example/api/}
   */
  public CaseExport(URI api) {
    this.api = api;
  }

  public JsonObject export(Standard standard, Catalogue catalogue) {
    String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    JsonObject document = documentLink(standard);
    JsonObjectBuilder cfDocument =
        Json.createObjectBuilder()
            .add("identifier", document.getString("identifier"))
            .add("uri", document.getString("uri"))
            .add("creator", "Riskwise")
            .add("title", standard.title())
            .add("humanCodingScheme", standard.code())
            .add("lastChangeDateTime", now)
            .add("version", catalogue.checksum().substring(0, 12))
            .add("language", "en")
            .add("CFPackageURI", document);
    if (standard.overview() != null) {
      cfDocument.add("description", standard.overview());
    }
    JsonArrayBuilder items = Json.createArrayBuilder();
    JsonArrayBuilder associations = Json.createArrayBuilder();
    for (Criterion criterion : standard.criteria()) {
      items.add(
          Json.createObjectBuilder()
              .add("identifier", identifier(criterion.id()))
              .add("uri", api.resolve("criteria/" + criterion.id()).toString())
              .add("fullStatement", criterion.text())
              .add("humanCodingScheme", criterion.id())
              .add("listEnumeration", String.valueOf(criterion.position()))
              .add("CFItemType", criterion.kind().heading())
              .add("language", "en")
              .add("lastChangeDateTime", now)
              .add("CFDocumentURI", document));
      JsonObject parent =
          criterion.parent() == null
              ? document
              : itemLink(catalogue.criterion(criterion.parent()).orElseThrow());
      associations.add(
          association(
              "isChildOf", itemLink(criterion), parent, document, now, criterion.position()));
    }
    String own = standard.code() + ".";
    for (Link link : catalogue.links()) {
      boolean fromHere = link.from().startsWith(own);
      if (!fromHere && !link.to().startsWith(own)) {
        continue;
      }
      Criterion here = catalogue.criterion(fromHere ? link.from() : link.to()).orElseThrow();
      Criterion twin = catalogue.criterion(fromHere ? link.to() : link.from()).orElseThrow();
      String type = link.isCore() ? "exactMatchOf" : "isRelatedTo";
      associations.add(association(type, itemLink(here), itemLink(twin), document, now, null));
    }
    return Json.createObjectBuilder()
        .add("CFDocument", cfDocument)
        .add("CFItems", items)
        .add("CFAssociations", associations)
        .build();
  }

  private JsonObject association(
      String type,
      JsonObject origin,
      JsonObject destination,
      JsonObject document,
      String now,
      Integer sequence) {
    String id =
        identifier(
            type
                + ":"
                + origin.getString("identifier")
                + ":"
                + destination.getString("identifier"));
    JsonObjectBuilder association =
        Json.createObjectBuilder()
            .add("identifier", id)
            .add("uri", api.resolve("case/associations/" + id).toString())
            .add("associationType", type)
            .add("originNodeURI", origin)
            .add("destinationNodeURI", destination)
            .add("CFDocumentURI", document)
            .add("lastChangeDateTime", now);
    if (sequence != null) {
      association.add("sequenceNumber", sequence);
    }
    return association.build();
  }

  private JsonObject documentLink(Standard standard) {
    return Json.createObjectBuilder()
        .add("title", standard.title())
        .add("identifier", identifier("standard:" + standard.code()))
        .add("uri", api.resolve("standards/" + standard.code() + "/case").toString())
        .build();
  }

  private JsonObject itemLink(Criterion criterion) {
    return Json.createObjectBuilder()
        .add("title", criterion.id())
        .add("identifier", identifier(criterion.id()))
        .add("uri", api.resolve("criteria/" + criterion.id()).toString())
        .build();
  }

  /** A stable UUID for a name: the same criterion id always gives the same identifier. */
  static String identifier(String name) {
    return UUID.nameUUIDFromBytes(("riskwise:" + name).getBytes(StandardCharsets.UTF_8)).toString();
  }
}
