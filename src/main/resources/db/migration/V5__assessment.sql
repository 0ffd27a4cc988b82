-- An assessor's decision on one submitted version of a risk assessment: returned for rework, or
-- criteria met. It names the exact version it judged.
CREATE TABLE review (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  version_id    BIGINT       NOT NULL,
  assessor_id   BIGINT       NOT NULL,
  outcome       VARCHAR(20)  NOT NULL,
  feedback      TEXT         NULL,
  decided_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_review_version FOREIGN KEY (version_id) REFERENCES assessment_version (id),
  CONSTRAINT fk_review_assessor FOREIGN KEY (assessor_id) REFERENCES app_user (id),
  CONSTRAINT ck_review_outcome CHECK (outcome IN ('RETURNED', 'CRITERIA_MET')),
  CONSTRAINT uq_review_version UNIQUE (version_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The assessor's own evidence: an observation, a professional discussion, or questioning (for
-- knowledge criteria only), written up by the assessor and judged against criteria.
CREATE TABLE assessor_record (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  apprentice_id BIGINT       NOT NULL,
  assessor_id   BIGINT       NOT NULL,
  kind          VARCHAR(30)  NOT NULL,
  occurred_on   DATE         NOT NULL,
  occasion      VARCHAR(300) NOT NULL,
  record        TEXT         NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_record_apprentice FOREIGN KEY (apprentice_id) REFERENCES app_user (id),
  CONSTRAINT fk_record_assessor FOREIGN KEY (assessor_id) REFERENCES app_user (id),
  CONSTRAINT ck_record_kind CHECK (kind IN ('OBSERVATION', 'PROFESSIONAL_DISCUSSION', 'QUESTIONING'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each judgement: a criterion met or not yet met for an apprentice, on the evidence named (a
-- submitted version, an evidence item, the apprentice's learning for knowledge criteria, or the
-- assessor's own record). Rows are only ever added; the latest per criterion is its status.
CREATE TABLE judgement (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  apprentice_id BIGINT       NOT NULL,
  criterion_id  VARCHAR(40)  NOT NULL,
  assessor_id   BIGINT       NOT NULL,
  review_id     BIGINT       NULL,
  version_id    BIGINT       NULL,
  evidence_id   BIGINT       NULL,
  mapping_id    BIGINT       NULL,
  module_id     VARCHAR(60)  NULL,
  record_id     BIGINT       NULL,
  source        VARCHAR(20)  NOT NULL,
  status        VARCHAR(20)  NOT NULL,
  feedback      TEXT         NULL,
  judged_at     DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_judgement_apprentice FOREIGN KEY (apprentice_id) REFERENCES app_user (id),
  CONSTRAINT fk_judgement_assessor FOREIGN KEY (assessor_id) REFERENCES app_user (id),
  CONSTRAINT fk_judgement_criterion FOREIGN KEY (criterion_id) REFERENCES criterion (id),
  CONSTRAINT fk_judgement_review FOREIGN KEY (review_id) REFERENCES review (id),
  CONSTRAINT fk_judgement_version FOREIGN KEY (version_id) REFERENCES assessment_version (id),
  CONSTRAINT fk_judgement_record FOREIGN KEY (record_id) REFERENCES assessor_record (id),
  CONSTRAINT ck_judgement_status CHECK (status IN ('MET', 'NOT_YET_MET', 'REJECTED')),
  CONSTRAINT ck_judgement_source CHECK (source IN ('SUBMISSION', 'EVIDENCE', 'LEARNING', 'ASSESSOR')),
  INDEX ix_judgement_apprentice (apprentice_id, criterion_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A unit signed off: who, when, and the SHA-256 of exactly the evidence signed; countersigned by
-- the apprentice; a revocation is recorded beside it, never by changing what was signed.
CREATE TABLE sign_off (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  apprentice_id    BIGINT       NOT NULL,
  unit_code        VARCHAR(20)  NOT NULL,
  assessor_id      BIGINT       NOT NULL,
  signed_at        DATETIME(6)  NOT NULL,
  evidence         MEDIUMTEXT   NOT NULL,
  digest           CHAR(64)     NOT NULL,
  countersigned_at DATETIME(6)  NULL,
  revoked_at       DATETIME(6)  NULL,
  revoked_by       BIGINT       NULL,
  revoke_reason    TEXT         NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_signoff_apprentice FOREIGN KEY (apprentice_id) REFERENCES app_user (id),
  CONSTRAINT fk_signoff_assessor FOREIGN KEY (assessor_id) REFERENCES app_user (id),
  INDEX ix_signoff_apprentice (apprentice_id, unit_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The tamper-evident trail of everything that changes a judgement, sign-off, referral or access
-- grant: one hash chain per centre, each entry's hash = SHA-256(previous hash + canonical JSON).
CREATE TABLE audit_trail (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  centre_id  BIGINT       NOT NULL,
  position   BIGINT       NOT NULL,
  at         DATETIME(6)  NOT NULL,
  actor_id   BIGINT       NOT NULL,
  event      VARCHAR(40)  NOT NULL,
  subject    VARCHAR(100) NOT NULL,
  details    TEXT         NOT NULL,
  prev_hash  CHAR(64)     NOT NULL,
  hash       CHAR(64)     NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_trail_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
  CONSTRAINT uq_trail_position UNIQUE (centre_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- In-app notifications: submission received, feedback given, work returned, criterion met, unit
-- signed off, referral.
CREATE TABLE notification (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  user_id    BIGINT       NOT NULL,
  kind       VARCHAR(30)  NOT NULL,
  text       VARCHAR(500) NOT NULL,
  link       VARCHAR(300) NULL,
  created_at DATETIME(6)  NOT NULL,
  read_at    DATETIME(6)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id),
  INDEX ix_notification_user (user_id, read_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An external verifier's read-only access to chosen apprentices for a date range, granted by a
-- centre administrator; it ends by itself after ends_on.
CREATE TABLE eqa_grant (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  eqa_id        BIGINT       NOT NULL,
  apprentice_id BIGINT       NOT NULL,
  starts_on     DATE         NOT NULL,
  ends_on       DATE         NOT NULL,
  granted_by    BIGINT       NOT NULL,
  granted_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_grant_eqa FOREIGN KEY (eqa_id) REFERENCES app_user (id),
  CONSTRAINT fk_grant_apprentice FOREIGN KEY (apprentice_id) REFERENCES app_user (id),
  CONSTRAINT fk_grant_admin FOREIGN KEY (granted_by) REFERENCES app_user (id),
  INDEX ix_grant_eqa (eqa_id, apprentice_id, ends_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every page or API read an external verifier makes of a portfolio or assessment record.
CREATE TABLE eqa_view (
  id        BIGINT       NOT NULL AUTO_INCREMENT,
  eqa_id    BIGINT       NOT NULL,
  path      VARCHAR(500) NOT NULL,
  viewed_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_view_eqa FOREIGN KEY (eqa_id) REFERENCES app_user (id),
  INDEX ix_view_eqa (eqa_id, viewed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A centre's IQA sampling plan: the share of assessor decisions the IQA checks, higher for new
-- assessors and for those with referrals, with shares per unit and per evidence method.
CREATE TABLE sampling_plan (
  centre_id         BIGINT      NOT NULL,
  base_percent      INT         NOT NULL,
  new_percent       INT         NOT NULL,
  new_below         INT         NOT NULL,
  referred_percent  INT         NOT NULL,
  referred_at_least INT         NOT NULL,
  unit_percents     TEXT        NOT NULL,
  method_percents   TEXT        NOT NULL,
  updated_at        DATETIME(6) NOT NULL,
  PRIMARY KEY (centre_id),
  CONSTRAINT fk_plan_centre FOREIGN KEY (centre_id) REFERENCES centre (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An IQA's decision on a sampled judgement (interim: a review) or sign-off (summative): agreed,
-- or referred back to the assessor with reasons. Only ever added; the latest decision stands.
CREATE TABLE iqa_decision (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  item_kind   VARCHAR(20)  NOT NULL,
  item_id     BIGINT       NOT NULL,
  assessor_id BIGINT       NOT NULL,
  iqa_id      BIGINT       NOT NULL,
  outcome     VARCHAR(20)  NOT NULL,
  reasons     TEXT         NULL,
  decided_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_iqa_assessor FOREIGN KEY (assessor_id) REFERENCES app_user (id),
  CONSTRAINT fk_iqa_user FOREIGN KEY (iqa_id) REFERENCES app_user (id),
  CONSTRAINT ck_iqa_kind CHECK (item_kind IN ('REVIEW', 'SIGN_OFF')),
  CONSTRAINT ck_iqa_outcome CHECK (outcome IN ('AGREED', 'REFERRED')),
  INDEX ix_iqa_item (item_kind, item_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
