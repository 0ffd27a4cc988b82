package io.riskwise.portfolio.boundary;

import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.identity.entity.Role;
import io.riskwise.platform.download.Downloads;
import io.riskwise.platform.rest.InvalidInputException;
import io.riskwise.portfolio.entity.EvidenceItem;
import io.riskwise.portfolio.entity.EvidenceKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evidence items over REST. {@code POST} takes JSON for evidence without a file, or a multipart
 * form with the file in part {@code file} and the other fields as parts of the same names. Files
 * come back only as attachments, to those who may read the portfolio.
 */
@Path("portfolio/evidence")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {
  @Inject CurrentUser currentUser;
  @Inject PortfolioAccess access;
  @Inject EvidenceItems evidence;
  @Context UriInfo uri;

  /** An evidence item as the API shows it; {@code file} is null when there is none. */
  public record EvidenceJson(
      long id,
      long apprenticeId,
      EvidenceKind kind,
      String kindLabel,
      String title,
      LocalDate occurredOn,
      String occasion,
      String body,
      String witnessName,
      String witnessRole,
      String witnessContact,
      FileJson file) {
    static EvidenceJson of(EvidenceItem item) {
      return new EvidenceJson(
          item.getId(),
          item.getApprenticeId(),
          item.getKind(),
          item.getKind().getLabel(),
          item.getTitle(),
          item.getOccurredOn(),
          item.getOccasion(),
          item.getBody(),
          item.getWitnessName(),
          item.getWitnessRole(),
          item.getWitnessContact(),
          item.hasFile()
              ? new FileJson(
                  item.getFileName(), item.getFileType(), item.getFileSize(), item.getFileSha256())
              : null);
    }
  }

  /** An uploaded file's facts. */
  public record FileJson(String name, String type, long size, String sha256) {}

  @GET
  @RolesAllowed({
    Role.APPRENTICE_NAME,
    Role.ASSESSOR_NAME,
    Role.IQA_NAME,
    Role.CENTRE_ADMIN_NAME,
    Role.EQA_NAME
  })
  public List<EvidenceJson> list(@QueryParam("apprentice") Long apprenticeId) {
    return evidence.of(access.whose(currentUser.get(), apprenticeId)).stream()
        .map(EvidenceJson::of)
        .toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.APPRENTICE_NAME)
  public Response add(NewEvidence body) {
    return created(evidence.add(currentUser.get(), body));
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed(Role.APPRENTICE_NAME)
  public Response upload(List<EntityPart> parts) throws IOException {
    Map<String, EntityPart> byName = new HashMap<>();
    for (EntityPart part : parts) {
      byName.putIfAbsent(part.getName(), part);
    }
    EntityPart file = byName.get("file");
    if (file == null) {
      throw InvalidInputException.of("file", "Send the file in a part named \"file\".");
    }
    NewEvidence fields = new NewEvidence();
    fields.setKind(kind(text(byName, "kind")));
    fields.setTitle(text(byName, "title"));
    fields.setOccurredOn(date(text(byName, "occurredOn")));
    fields.setOccasion(text(byName, "occasion"));
    fields.setBody(text(byName, "body"));
    fields.setWitnessName(text(byName, "witnessName"));
    fields.setWitnessRole(text(byName, "witnessRole"));
    fields.setWitnessContact(text(byName, "witnessContact"));
    try (InputStream content = file.getContent()) {
      return created(
          evidence.upload(
              currentUser.get(), fields, utf8(file.getFileName().orElse(null)), content));
    }
  }

  @GET
  @Path("{id}")
  @RolesAllowed({
    Role.APPRENTICE_NAME,
    Role.ASSESSOR_NAME,
    Role.IQA_NAME,
    Role.CENTRE_ADMIN_NAME,
    Role.EQA_NAME
  })
  public EvidenceJson get(@PathParam("id") long id) {
    return EvidenceJson.of(evidence.find(currentUser.get(), id));
  }

  @GET
  @Path("{id}/file")
  @Produces(MediaType.WILDCARD)
  @RolesAllowed({
    Role.APPRENTICE_NAME,
    Role.ASSESSOR_NAME,
    Role.IQA_NAME,
    Role.CENTRE_ADMIN_NAME,
    Role.EQA_NAME
  })
  public Response file(@PathParam("id") long id) {
    EvidenceItem item = evidence.find(currentUser.get(), id);
    return Downloads.attachment(
        evidence.file(item).toFile(), item.getFileType(), item.getFileName());
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Role.APPRENTICE_NAME)
  public Response delete(@PathParam("id") long id) {
    evidence.delete(currentUser.get(), id);
    return Response.noContent().build();
  }

  private Response created(EvidenceItem item) {
    return Response.created(
            uri.getBaseUriBuilder().path("portfolio/evidence/{id}").build(item.getId()))
        .entity(EvidenceJson.of(item))
        .build();
  }

  /**
   * Browsers send the file name as UTF-8 bytes, which the multipart parser reads as ISO-8859-1;
   * this gives the name back as typed. A name that is not valid UTF-8 is left as it was read.
   */
  static String utf8(String name) {
    if (name == null) {
      return null;
    }
    byte[] bytes = name.getBytes(StandardCharsets.ISO_8859_1);
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException | RuntimeException e) {
      return name;
    }
  }

  private static String text(Map<String, EntityPart> parts, String name) throws IOException {
    EntityPart part = parts.get(name);
    return part == null ? null : part.getContent(String.class);
  }

  private static EvidenceKind kind(String value) {
    if (value == null || value.isBlank()) {
      return EvidenceKind.FILE;
    }
    try {
      return EvidenceKind.valueOf(value.strip());
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("kind", "\"" + value + "\" is not a kind of evidence.");
    }
  }

  private static LocalDate date(String value) {
    try {
      return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of("occurredOn", "Give the date as YYYY-MM-DD.");
    }
  }
}
