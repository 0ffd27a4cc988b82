package io.riskwise.assessment.boundary;

import io.riskwise.assessment.entity.SavedComment;
import io.riskwise.identity.boundary.CurrentUser;
import io.riskwise.identity.entity.Role;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The calling assessor's own reusable comments: list, save, remove. Nobody else's are visible. */
@Path("assessment/comments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ASSESSOR_NAME)
public class CommentBankResource {
  @Inject CurrentUser currentUser;
  @Inject CommentBank bank;

  /** A saved comment as the API shows it. */
  public record CommentJson(long id, String text, String createdAt) {
    static CommentJson of(SavedComment c) {
      return new CommentJson(c.getId(), c.getText(), c.getCreatedAt().toString());
    }
  }

  /** What to save. */
  public static class NewComment {
    private String text;

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }
  }

  @GET
  public List<CommentJson> list() {
    return bank.of(currentUser.get()).stream().map(CommentJson::of).toList();
  }

  @POST
  public Response add(NewComment comment) {
    SavedComment saved = bank.add(currentUser.get(), comment == null ? null : comment.getText());
    return Response.status(Response.Status.CREATED).entity(CommentJson.of(saved)).build();
  }

  @GET
  @Path("{id}")
  public CommentJson get(@PathParam("id") long id) {
    return CommentJson.of(bank.find(currentUser.get(), id));
  }

  @DELETE
  @Path("{id}")
  public Response remove(@PathParam("id") long id) {
    bank.remove(currentUser.get(), id);
    return Response.noContent().build();
  }
}
