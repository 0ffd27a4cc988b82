-- Each centre's rating matrix (3 x 3, 4 x 4 or 5 x 5); a centre without a row uses the default 5 x 5.
CREATE TABLE rating_matrix (
  centre_id          BIGINT       NOT NULL,
  size               INT          NOT NULL,
  probability_labels VARCHAR(500) NOT NULL,
  consequence_labels VARCHAR(500) NOT NULL,
  low_max            INT          NOT NULL,
  medium_max         INT          NOT NULL,
  updated_at         DATETIME(6)  NOT NULL,
  PRIMARY KEY (centre_id),
  CONSTRAINT fk_matrix_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
  CONSTRAINT ck_matrix_size CHECK (size BETWEEN 3 AND 5),
  CONSTRAINT ck_matrix_bands CHECK (low_max >= 1 AND medium_max > low_max AND medium_max < size * size)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A risk assessment's working draft: the whole document as JSON, versioned for optimistic locking.
CREATE TABLE risk_assessment (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  apprentice_id BIGINT       NOT NULL,
  title         VARCHAR(200) NOT NULL,
  assessed_on   DATE         NULL,
  content       MEDIUMTEXT   NOT NULL,
  version       BIGINT       NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  updated_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_assessment_apprentice FOREIGN KEY (apprentice_id) REFERENCES app_user (id),
  INDEX ix_assessment_apprentice (apprentice_id, updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A submitted version: frozen canonical JSON and its SHA-256, never updated.
CREATE TABLE assessment_version (
  id            BIGINT      NOT NULL AUTO_INCREMENT,
  assessment_id BIGINT      NOT NULL,
  number        INT         NOT NULL,
  content       MEDIUMTEXT  NOT NULL,
  digest        CHAR(64)    NOT NULL,
  submitted_at  DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_version UNIQUE (assessment_id, number),
  CONSTRAINT fk_version_assessment FOREIGN KEY (assessment_id) REFERENCES risk_assessment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Evidence beside risk assessments; an uploaded file is stored by its SHA-256, never by its name.
CREATE TABLE evidence_item (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  apprentice_id  BIGINT        NOT NULL,
  kind           VARCHAR(30)   NOT NULL,
  title          VARCHAR(200)  NOT NULL,
  occurred_on    DATE          NOT NULL,
  occasion       VARCHAR(300)  NOT NULL,
  body           MEDIUMTEXT    NULL,
  witness_name   VARCHAR(200)  NULL,
  witness_role   VARCHAR(200)  NULL,
  witness_contact VARCHAR(200) NULL,
  file_name      VARCHAR(255)  NULL,
  file_type      VARCHAR(100)  NULL,
  file_size      BIGINT        NULL,
  file_sha256    CHAR(64)      NULL,
  created_at     DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_evidence_apprentice FOREIGN KEY (apprentice_id) REFERENCES app_user (id),
  CONSTRAINT ck_evidence_kind CHECK (kind IN ('FILE', 'WITNESS_TESTIMONY', 'REFLECTIVE_ACCOUNT',
    'PROFESSIONAL_DISCUSSION', 'PRODUCT')),
  INDEX ix_evidence_apprentice (apprentice_id, occurred_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the apprentice claims a piece of evidence shows: an evidence item, or a part of a risk
-- assessment (the whole, a stage, a risk, the consultation, ...), mapped to one criterion.
CREATE TABLE evidence_mapping (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  apprentice_id BIGINT       NOT NULL,
  criterion_id  VARCHAR(40)  NOT NULL,
  evidence_id   BIGINT       NULL,
  assessment_id BIGINT       NULL,
  part          VARCHAR(60)  NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_mapping_apprentice FOREIGN KEY (apprentice_id) REFERENCES app_user (id),
  CONSTRAINT fk_mapping_criterion FOREIGN KEY (criterion_id) REFERENCES criterion (id),
  CONSTRAINT fk_mapping_evidence FOREIGN KEY (evidence_id) REFERENCES evidence_item (id) ON DELETE CASCADE,
  CONSTRAINT fk_mapping_assessment FOREIGN KEY (assessment_id) REFERENCES risk_assessment (id),
  CONSTRAINT ck_mapping_target CHECK ((evidence_id IS NULL) <> (assessment_id IS NULL)),
  INDEX ix_mapping_apprentice (apprentice_id, criterion_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
