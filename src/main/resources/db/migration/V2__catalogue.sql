-- The criteria catalogue, mirrored from content/catalogue at every start whose content changed.
-- Evidence, judgements and sign-offs refer to criterion(id) with foreign keys, which is what
-- stops a referenced criterion from being deleted by a content change.
CREATE TABLE standard (
  code     VARCHAR(20)  NOT NULL,
  title    VARCHAR(300) NOT NULL,
  kind     VARCHAR(20)  NOT NULL,
  position INT          NOT NULL,
  PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE criterion (
  id                 VARCHAR(40)  NOT NULL,
  standard_code      VARCHAR(20)  NOT NULL,
  kind               VARCHAR(20)  NOT NULL,
  number             VARCHAR(20)  NOT NULL,
  text               TEXT         NOT NULL,
  workplace_evidence BOOLEAN      NOT NULL,
  parent_id          VARCHAR(40)  NULL,
  position           INT          NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_criterion_standard FOREIGN KEY (standard_code) REFERENCES standard (code),
  INDEX ix_criterion_standard (standard_code, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE criterion_link (
  from_id VARCHAR(40)  NOT NULL,
  to_id   VARCHAR(40)  NOT NULL,
  source  VARCHAR(300) NOT NULL,
  PRIMARY KEY (from_id, to_id),
  CONSTRAINT fk_link_from FOREIGN KEY (from_id) REFERENCES criterion (id) ON DELETE CASCADE,
  CONSTRAINT fk_link_to FOREIGN KEY (to_id) REFERENCES criterion (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which catalogue content was loaded, and when: one row per change of content.
CREATE TABLE catalogue_version (
  id        BIGINT      NOT NULL AUTO_INCREMENT,
  checksum  CHAR(64)    NOT NULL,
  loaded_at DATETIME(6) NOT NULL,
  standards INT         NOT NULL,
  criteria  INT         NOT NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
