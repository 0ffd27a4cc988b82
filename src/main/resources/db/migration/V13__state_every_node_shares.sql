-- What the nodes of a cluster must share, kept in the database they share.

-- Failed sign-ins, counted by LoginThrottle: in the database, so that every node of a cluster
-- counts the same failures and a restart forgets none. Rows older than the throttle's window are
-- deleted as new failures come in.
CREATE TABLE sign_in_failure (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  throttle_key VARCHAR(200) NOT NULL,
  failed_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  INDEX ix_sign_in_failure_key (throttle_key, failed_at),
  INDEX ix_sign_in_failure_time (failed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The stamp of a centre's progress figures (ProgressCache): it moves on, in the same transaction,
-- with every change that moves progress, so a node keeps no report older than a committed change
-- made on any node.
ALTER TABLE centre ADD COLUMN progress_stamp BIGINT NOT NULL DEFAULT 0;
