package io.riskwise.portfolio.boundary;

import io.riskwise.identity.entity.User;
import io.riskwise.platform.rest.InvalidInputException;
import io.riskwise.platform.rest.Problem;
import io.riskwise.platform.rest.ProblemException;
import io.riskwise.platform.storage.StorageFolder;
import io.riskwise.portfolio.control.EvidenceFiles;
import io.riskwise.portfolio.control.UploadCheck;
import io.riskwise.portfolio.control.ZipBombCheck;
import io.riskwise.portfolio.entity.EvidenceItem;
import io.riskwise.portfolio.entity.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.tika.mime.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Evidence items beside the risk assessments. Uploads are checked before anything is kept: the
 * fields, the file name, the size (counted while streaming, never read whole into memory), the
 * sniffed type, what is inside (zip bombs, PDF scripts) and the apprentice's quota; a refused
 * upload leaves no row and no file.
 */
@ApplicationScoped
public class EvidenceItems {
  /** Not in Response.Status: the server's storage cannot take the request (RFC 4918). */
  static final int INSUFFICIENT_STORAGE = 507;

  private static final Logger LOG = Logger.getLogger(EvidenceItems.class.getName());

  @Inject PortfolioAccess access;
  @Inject StorageFolder storage;
  @Inject jakarta.enterprise.event.Event<PortfolioEvents.Removing> removing;
  @Inject jakarta.enterprise.event.Event<FileUnused> unused;
  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "riskwise.upload.max-bytes", defaultValue = "26214400")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "riskwise.upload.quota-bytes", defaultValue = "524288000")
  long quotaBytes;

  /** An Office or OpenDocument file may unpack to at most this (a zip bomb unpacks to far more). */
  @Inject
  @ConfigProperty(name = "riskwise.upload.max-inflated-bytes", defaultValue = "104857600")
  long maxInflatedBytes;

  @Inject
  @ConfigProperty(name = "riskwise.upload.max-inflated-entries", defaultValue = "1000")
  int maxInflatedEntries;

  @Inject
  @ConfigProperty(
      name = "riskwise.upload.allowed-types",
      defaultValue =
          "application/pdf,"
              + "application/vnd.openxmlformats-officedocument.wordprocessingml.document,"
              + "application/msword,application/vnd.oasis.opendocument.text,"
              + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,"
              + "application/vnd.ms-excel,application/vnd.oasis.opendocument.spreadsheet,"
              + "text/plain,text/csv,image/jpeg,image/png,image/gif,image/webp,"
              + "audio/mpeg,audio/mp4,audio/vnd.wave,audio/ogg,audio/vorbis")
  List<String> allowedTypes;

  public long maxBytes() {
    return maxBytes;
  }

  public String acceptedInWords() {
    return new UploadCheck(allowedTypes).acceptedInWords();
  }

  public List<EvidenceItem> of(User apprentice) {
    return em.createNamedQuery(EvidenceItem.OF_APPRENTICE, EvidenceItem.class)
        .setParameter("apprenticeId", apprentice.getId())
        .getResultList();
  }

  public EvidenceItem find(User viewer, long id) {
    String notFound = "There is no evidence " + id + " that you can see.";
    EvidenceItem item = em.find(EvidenceItem.class, id);
    if (item == null) {
      throw new ProblemException(Response.Status.NOT_FOUND, notFound);
    }
    access.readable(viewer, item.getApprenticeId(), notFound);
    return item;
  }

  /** Evidence without a file: witness testimony, a reflective account, a discussion record. */
  @Transactional
  public EvidenceItem add(User apprentice, NewEvidence evidence) {
    check(evidence, false);
    EvidenceItem item = item(apprentice, evidence);
    em.persist(item);
    em.flush();
    return item;
  }

  /** Evidence with a file; the file is kept only if every check passes. */
  @Transactional
  public EvidenceItem upload(
      User apprentice, NewEvidence evidence, String fileName, InputStream in) {
    check(evidence, true);
    UploadCheck check =
        new UploadCheck(allowedTypes, new ZipBombCheck(maxInflatedBytes, maxInflatedEntries));
    EvidenceFiles files = files();
    EvidenceFiles.Received received = null;
    try {
      MediaType type = check.checkName(fileName);
      received = files.receive(in, maxBytes);
      if (received.size() == 0) {
        throw InvalidInputException.of("file", "The file is empty.");
      }
      try (InputStream content = java.nio.file.Files.newInputStream(received.temporary())) {
        check.checkContent(type, new java.io.BufferedInputStream(content));
      }
      check.checkInside(type, received.temporary());
      long stored =
          ((Number)
                  em.createNamedQuery(EvidenceItem.STORED_BYTES)
                      .setParameter("apprenticeId", apprentice.getId())
                      .getSingleResult())
              .longValue();
      if (stored + received.size() > quotaBytes) {
        throw new ProblemException(
            Response.status(413).build(),
            "Your portfolio's files would pass your allowance of "
                + quotaBytes / (1024 * 1024)
                + " MB; remove files you no longer need first.");
      }
      EvidenceItem item = item(apprentice, evidence);
      item.file(fileName.strip(), type.toString(), received.size(), received.sha256());
      em.persist(item);
      em.flush();
      files.keep(received);
      return item;
    } catch (UploadCheck.Refused refused) {
      throw new ProblemException(Response.status(refused.status()).build(), refused.getMessage());
    } catch (EvidenceFiles.TooLarge tooLarge) {
      throw new ProblemException(Response.status(413).build(), tooLarge.getMessage());
    } catch (EvidenceFiles.NotStored notStored) {
      LOG.log(Level.SEVERE, "An upload was refused: " + notStored.getMessage(), notStored);
      throw new ProblemException(
          Response.status(INSUFFICIENT_STORAGE).build(),
          "The file could not be stored: the server's storage is full or cannot be written to."
              + " Nothing was saved. Try again later, and tell your centre if it happens again.");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (received != null) {
        files.discard(received);
      }
    }
  }

  /** Where an item's file is on disk. */
  public Path file(EvidenceItem item) {
    if (!item.hasFile()) {
      throw new ProblemException(Response.Status.NOT_FOUND, "This evidence has no file.");
    }
    return files().path(item.getFileSha256());
  }

  /**
   * Removes an item and its mappings; its file goes too, once the removal is committed, unless
   * another item has the same file.
   */
  @Transactional
  public void delete(User viewer, long id) {
    EvidenceItem item = find(viewer, id);
    access.writable(viewer, item.getApprenticeId(), "There is no evidence " + id + " you can see.");
    removing.fire(new PortfolioEvents.Removing(item.getApprenticeId(), item.getId(), null));
    em.remove(item);
    em.flush();
    if (item.hasFile()
        && em.createNamedQuery(EvidenceItem.COUNT_WITH_FILE, Long.class)
                .setParameter("sha256", item.getFileSha256())
                .getSingleResult()
            == 0) {
      unused.fire(new FileUnused(item.getFileSha256()));
    }
  }

  /** A kept file no evidence item refers to any more. */
  record FileUnused(String sha256) {}

  /**
   * Deletes the file only after the removal is committed: a removal rolled back keeps its file. A
   * file that cannot be deleted is only logged, since the removal itself has succeeded.
   */
  void deleteFile(@Observes(during = TransactionPhase.AFTER_SUCCESS) FileUnused unused) {
    try {
      files().delete(unused.sha256());
    } catch (IOException e) {
      LOG.log(Level.WARNING, "A file no evidence refers to could not be deleted", e);
    }
  }

  private void check(NewEvidence evidence, boolean hasFile) {
    if (evidence == null) {
      throw InvalidInputException.of("kind", "Say what the evidence is.");
    }
    List<Problem.FieldError> problems = evidence.problems(hasFile, LocalDate.now());
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static EvidenceItem item(User apprentice, NewEvidence evidence) {
    EvidenceItem item =
        new EvidenceItem(
            apprentice.getId(),
            evidence.getKind(),
            evidence.getTitle().strip(),
            evidence.getOccurredOn(),
            evidence.getOccasion().strip(),
            Text.present(evidence.getBody()) ? evidence.getBody().strip() : null);
    item.witness(
        evidence.getWitnessName(), evidence.getWitnessRole(), evidence.getWitnessContact());
    return item;
  }

  private EvidenceFiles files() {
    return new EvidenceFiles(storage.root());
  }
}
