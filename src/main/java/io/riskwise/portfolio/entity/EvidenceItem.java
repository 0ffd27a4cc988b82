package io.riskwise.portfolio.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One piece of evidence beside the risk assessments: an uploaded file, witness testimony, a
 * reflective account, a professional discussion record or a product. Each has the date and the
 * occasion it comes from (C6 ER3). An uploaded file is kept in storage under its SHA-256; the name
 * the apprentice gave it is only ever shown, never used as a path.
 */
@Entity
@Table(name = "evidence_item")
@NamedQuery(
    name = EvidenceItem.OF_APPRENTICE,
    query =
        "select e from EvidenceItem e where e.apprenticeId = :apprenticeId"
            + " order by e.occurredOn desc, e.id desc")
@NamedQuery(
    name = EvidenceItem.OCCASIONS_OF_APPRENTICE,
    query =
        "select distinct e.occurredOn, e.title, e.occasion from EvidenceItem e, EvidenceMapping m"
            + " where e.apprenticeId = :apprenticeId and m.evidenceId = e.id"
            + " and (m.criterionId like 'C6.%' or m.criterionId like 'INSCS027.%')"
            + " order by e.occurredOn")
@NamedQuery(
    name = EvidenceItem.STORED_BYTES,
    query =
        "select coalesce(sum(e.fileSize), 0) from EvidenceItem e where e.apprenticeId = :apprenticeId")
@NamedQuery(
    name = EvidenceItem.COUNT_WITH_FILE,
    query = "select count(e) from EvidenceItem e where e.fileSha256 = :sha256")
public class EvidenceItem {
  public static final String OF_APPRENTICE = "EvidenceItem.ofApprentice";

  /** The dates, titles and occasions of an apprentice's evidence mapped to C6 or INSCS027. */
  public static final String OCCASIONS_OF_APPRENTICE = "EvidenceItem.occasionsOfApprentice";

  public static final String STORED_BYTES = "EvidenceItem.storedBytes";
  public static final String COUNT_WITH_FILE = "EvidenceItem.countWithFile";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "apprentice_id", nullable = false, updatable = false)
  private Long apprenticeId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private EvidenceKind kind;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "occurred_on", nullable = false)
  private LocalDate occurredOn;

  @Column(nullable = false, length = 300)
  private String occasion;

  private String body;

  @Column(name = "witness_name", length = 200)
  private String witnessName;

  @Column(name = "witness_role", length = 200)
  private String witnessRole;

  @Column(name = "witness_contact", length = 200)
  private String witnessContact;

  @Column(name = "file_name", length = 255)
  private String fileName;

  @Column(name = "file_type", length = 100)
  private String fileType;

  @Column(name = "file_size")
  private Long fileSize;

  @Column(name = "file_sha256", length = 64)
  private String fileSha256;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected EvidenceItem() {}

  public EvidenceItem(
      Long apprenticeId,
      EvidenceKind kind,
      String title,
      LocalDate occurredOn,
      String occasion,
      String body) {
    this.apprenticeId = apprenticeId;
    this.kind = kind;
    this.title = title;
    this.occurredOn = occurredOn;
    this.occasion = occasion;
    this.body = body;
    this.createdAt = Instant.now();
  }

  public void witness(String name, String role, String contact) {
    this.witnessName = name;
    this.witnessRole = role;
    this.witnessContact = contact;
  }

  public void file(String name, String type, long size, String sha256) {
    this.fileName = name;
    this.fileType = type;
    this.fileSize = size;
    this.fileSha256 = sha256;
  }

  public boolean hasFile() {
    return fileSha256 != null;
  }

  /** A file size as people say it: "740 bytes", "12 KB", "2.4 MB". */
  public static String sizeInWords(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    if (bytes < 1024 * 1024) {
      return Math.round(bytes / 1024.0) + " KB";
    }
    return String.format(java.util.Locale.UK, "%.1f MB", bytes / (1024.0 * 1024));
  }

  public Long getId() {
    return id;
  }

  public Long getApprenticeId() {
    return apprenticeId;
  }

  public EvidenceKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getOccurredOn() {
    return occurredOn;
  }

  public String getOccasion() {
    return occasion;
  }

  public String getBody() {
    return body;
  }

  public String getWitnessName() {
    return witnessName;
  }

  public String getWitnessRole() {
    return witnessRole;
  }

  public String getWitnessContact() {
    return witnessContact;
  }

  public String getFileName() {
    return fileName;
  }

  public String getFileType() {
    return fileType;
  }

  public Long getFileSize() {
    return fileSize;
  }

  public String getFileSha256() {
    return fileSha256;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
