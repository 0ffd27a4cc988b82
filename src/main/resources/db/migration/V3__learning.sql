-- Each apprentice's place in each learning module.
CREATE TABLE module_progress (
  id            BIGINT      NOT NULL AUTO_INCREMENT,
  apprentice_id BIGINT      NOT NULL,
  module_id     VARCHAR(60) NOT NULL,
  status        VARCHAR(20) NOT NULL,
  last_lesson   INT         NOT NULL,
  started_at    DATETIME(6) NOT NULL,
  updated_at    DATETIME(6) NOT NULL,
  completed_at  DATETIME(6) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_progress UNIQUE (apprentice_id, module_id),
  CONSTRAINT fk_progress_apprentice FOREIGN KEY (apprentice_id) REFERENCES app_user (id),
  CONSTRAINT ck_progress_status CHECK (status IN ('IN_PROGRESS', 'COMPLETED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every knowledge check and activity attempt, kept for good: answers, score and feedback as JSON.
CREATE TABLE learning_attempt (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  apprentice_id BIGINT       NOT NULL,
  module_id     VARCHAR(60)  NOT NULL,
  activity_id   VARCHAR(60)  NULL,
  submitted_at  DATETIME(6)  NOT NULL,
  score         INT          NOT NULL,
  max_score     INT          NOT NULL,
  passed        BOOLEAN      NOT NULL,
  answers       MEDIUMTEXT   NOT NULL,
  feedback      MEDIUMTEXT   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_attempt_apprentice FOREIGN KEY (apprentice_id) REFERENCES app_user (id),
  INDEX ix_attempt_apprentice (apprentice_id, module_id, submitted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
