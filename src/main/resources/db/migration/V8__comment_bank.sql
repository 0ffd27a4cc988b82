-- Each assessor's own bank of reusable comments for judging ("Clear, dated witness statement."),
-- seen and changed only by the assessor who saved them.
CREATE TABLE saved_comment (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  assessor_id BIGINT        NOT NULL,
  text        VARCHAR(1000) NOT NULL,
  created_at  DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_saved_comment_assessor FOREIGN KEY (assessor_id) REFERENCES app_user (id) ON DELETE CASCADE,
  INDEX ix_saved_comment_assessor (assessor_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
