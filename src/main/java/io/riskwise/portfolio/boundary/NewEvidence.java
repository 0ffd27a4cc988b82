package io.riskwise.portfolio.boundary;

import io.riskwise.platform.rest.Problem.FieldError;
import io.riskwise.portfolio.entity.EvidenceKind;
import io.riskwise.portfolio.entity.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the apprentice says about a new piece of evidence, from the form or the API. */
public class NewEvidence implements java.io.Serializable {
  private EvidenceKind kind;
  private String title;
  private LocalDate occurredOn;
  private String occasion;
  private String body;
  private String witnessName;
  private String witnessRole;
  private String witnessContact;

  /** Field by field, what is missing or wrong; {@code hasFile} says whether a file came with it. */
  public List<FieldError> problems(boolean hasFile, LocalDate today) {
    List<FieldError> problems = new ArrayList<>();
    if (kind == null) {
      problems.add(new FieldError("kind", "Choose what kind of evidence this is."));
    }
    required(problems, "title", title, 200, "Give the evidence a title.");
    required(problems, "occasion", occasion, 300, "Say what occasion it comes from.");
    if (occurredOn == null) {
      problems.add(new FieldError("occurredOn", "Give the date it comes from."));
    } else if (occurredOn.isAfter(today) || occurredOn.isBefore(LocalDate.of(2000, 1, 1))) {
      problems.add(
          new FieldError("occurredOn", "The date must be a real date, not in the future."));
    }
    if (body != null && body.length() > 20_000) {
      problems.add(new FieldError("body", "Keep the text to 20,000 characters."));
    }
    if (kind == EvidenceKind.FILE && !hasFile) {
      problems.add(new FieldError("file", "Choose the file to upload."));
    }
    if (kind == EvidenceKind.WITNESS_TESTIMONY) {
      required(problems, "witnessName", witnessName, 200, "Give the witness's name.");
      required(problems, "witnessRole", witnessRole, 200, "Give the witness's job title or role.");
      required(
          problems,
          "witnessContact",
          witnessContact,
          200,
          "Give a phone number or e-mail"
              + " address the assessor can use to check with the witness.");
      required(problems, "body", body, 20_000, "Write down the witness's statement.");
    }
    if (kind == EvidenceKind.REFLECTIVE_ACCOUNT) {
      required(problems, "body", body, 20_000, "Write your reflective account.");
    }
    if (kind == EvidenceKind.PROFESSIONAL_DISCUSSION) {
      required(problems, "body", body, 20_000, "Write down the record of the discussion.");
    }
    if (kind == EvidenceKind.PRODUCT && !hasFile && !Text.present(body)) {
      problems.add(new FieldError("body", "Describe the product or attach it as a file."));
    }
    return problems;
  }

  private static void required(
      List<FieldError> problems, String field, String value, int max, String missing) {
    if (!Text.present(value)) {
      problems.add(new FieldError(field, missing));
    } else if (value.length() > max) {
      problems.add(new FieldError(field, "Keep this to " + max + " characters."));
    }
  }

  public EvidenceKind getKind() {
    return kind;
  }

  public void setKind(EvidenceKind kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getOccurredOn() {
    return occurredOn;
  }

  public void setOccurredOn(LocalDate occurredOn) {
    this.occurredOn = occurredOn;
  }

  public String getOccasion() {
    return occasion;
  }

  public void setOccasion(String occasion) {
    this.occasion = occasion;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getWitnessName() {
    return witnessName;
  }

  public void setWitnessName(String witnessName) {
    this.witnessName = witnessName;
  }

  public String getWitnessRole() {
    return witnessRole;
  }

  public void setWitnessRole(String witnessRole) {
    this.witnessRole = witnessRole;
  }

  public String getWitnessContact() {
    return witnessContact;
  }

  public void setWitnessContact(String witnessContact) {
    this.witnessContact = witnessContact;
  }
}
