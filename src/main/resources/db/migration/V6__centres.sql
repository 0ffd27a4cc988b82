-- A cohort: apprentices of one centre who started together on one framework, with its assessors.
CREATE TABLE cohort (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  centre_id      BIGINT       NOT NULL,
  name           VARCHAR(120) NOT NULL,
  framework_id   VARCHAR(60)  NOT NULL,
  starts_on      DATE         NOT NULL,
  planned_end_on DATE         NOT NULL,
  created_at     DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_cohort_name UNIQUE (centre_id, name),
  CONSTRAINT fk_cohort_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
  CONSTRAINT ck_cohort_dates CHECK (planned_end_on > starts_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cohort_assessor (
  cohort_id   BIGINT NOT NULL,
  assessor_id BIGINT NOT NULL,
  PRIMARY KEY (cohort_id, assessor_id),
  CONSTRAINT fk_cohort_assessor_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
  CONSTRAINT fk_cohort_assessor_user FOREIGN KEY (assessor_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An apprentice's place in a cohort (at most one), with their employer and own start date.
CREATE TABLE enrolment (
  apprentice_id BIGINT       NOT NULL,
  cohort_id     BIGINT       NOT NULL,
  employer      VARCHAR(200) NOT NULL,
  starts_on     DATE         NOT NULL,
  enrolled_at   DATETIME(6)  NOT NULL,
  PRIMARY KEY (apprentice_id),
  CONSTRAINT fk_enrolment_apprentice FOREIGN KEY (apprentice_id) REFERENCES app_user (id),
  CONSTRAINT fk_enrolment_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
  INDEX ix_enrolment_cohort (cohort_id, apprentice_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Names as enrolment files give them, so an export gives them back the same way.
ALTER TABLE app_user ADD COLUMN given_name VARCHAR(100) NULL AFTER display_name;
ALTER TABLE app_user ADD COLUMN family_name VARCHAR(100) NULL AFTER given_name;

-- One-use links to set a password (new apprentices, resets). Only a SHA-256 digest is kept.
CREATE TABLE password_link (
  id         BIGINT      NOT NULL AUTO_INCREMENT,
  digest     CHAR(64)    NOT NULL,
  user_id    BIGINT      NOT NULL,
  created_at DATETIME(6) NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  used_at    DATETIME(6) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_password_link UNIQUE (digest),
  CONSTRAINT fk_password_link_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;

-- A centre's own rules: when the assessor queue flags a wait, and when progress turns amber or red.
CREATE TABLE centre_rules (
  centre_id           BIGINT      NOT NULL,
  queue_flag_days     INT         NOT NULL,
  amber_idle_days     INT         NOT NULL,
  red_idle_days       INT         NOT NULL,
  amber_behind_points INT         NOT NULL,
  red_behind_points   INT         NOT NULL,
  updated_at          DATETIME(6) NOT NULL,
  PRIMARY KEY (centre_id),
  CONSTRAINT fk_rules_centre FOREIGN KEY (centre_id) REFERENCES centre (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An external verifier may now be granted a whole cohort as well as chosen apprentices.
ALTER TABLE eqa_grant MODIFY apprentice_id BIGINT NULL;
ALTER TABLE eqa_grant ADD COLUMN cohort_id BIGINT NULL AFTER apprentice_id;
ALTER TABLE eqa_grant ADD CONSTRAINT fk_grant_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id);
ALTER TABLE eqa_grant ADD CONSTRAINT ck_grant_subject
  CHECK ((apprentice_id IS NULL) <> (cohort_id IS NULL));

-- Each criterion's current status for each apprentice: its latest criterion-level judgement,
-- kept beside the append-only judgements in the same transaction, so that progress reads one row
-- per criterion instead of searching every judgement for the latest.
CREATE TABLE criterion_status (
  apprentice_id BIGINT      NOT NULL,
  criterion_id  VARCHAR(40) NOT NULL,
  status        VARCHAR(20) NOT NULL,
  judgement_id  BIGINT      NOT NULL,
  PRIMARY KEY (apprentice_id, criterion_id),
  CONSTRAINT fk_status_apprentice FOREIGN KEY (apprentice_id) REFERENCES app_user (id),
  CONSTRAINT fk_status_criterion FOREIGN KEY (criterion_id) REFERENCES criterion (id),
  CONSTRAINT fk_status_judgement FOREIGN KEY (judgement_id) REFERENCES judgement (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO criterion_status (apprentice_id, criterion_id, status, judgement_id)
SELECT j.apprentice_id, j.criterion_id, j.status, j.id
FROM judgement j
JOIN (SELECT MAX(id) AS id FROM judgement WHERE mapping_id IS NULL
      GROUP BY apprentice_id, criterion_id) latest ON latest.id = j.id;

-- Progress reads judgements and activity per apprentice for a whole cohort at once.
CREATE INDEX ix_evidence_created ON evidence_item (apprentice_id, created_at);
CREATE INDEX ix_signoff_unit ON sign_off (apprentice_id, revoked_at, unit_code);
