-- Centres are tenants; every person belongs to exactly one.
CREATE TABLE centre (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  code       VARCHAR(40)  NOT NULL,
  name       VARCHAR(200) NOT NULL,
  created_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_centre_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  centre_id     BIGINT       NOT NULL,
  username      VARCHAR(100) NOT NULL,
  display_name  VARCHAR(200) NOT NULL,
  email         VARCHAR(254) NULL,
  password_hash VARCHAR(400) NOT NULL,
  active        BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_user_username UNIQUE (username),
  CONSTRAINT fk_user_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
  INDEX ix_user_centre_name (centre_id, display_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_role (
  user_id BIGINT      NOT NULL,
  role    VARCHAR(20) NOT NULL,
  PRIMARY KEY (user_id, role),
  CONSTRAINT fk_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
  CONSTRAINT ck_role CHECK (role IN ('APPRENTICE', 'ASSESSOR', 'IQA', 'CENTRE_ADMIN', 'EQA'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which assessor judges which apprentice's work.
CREATE TABLE allocation (
  id            BIGINT      NOT NULL AUTO_INCREMENT,
  assessor_id   BIGINT      NOT NULL,
  apprentice_id BIGINT      NOT NULL,
  allocated_at  DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_allocation UNIQUE (assessor_id, apprentice_id),
  CONSTRAINT fk_allocation_assessor FOREIGN KEY (assessor_id) REFERENCES app_user (id),
  CONSTRAINT fk_allocation_apprentice FOREIGN KEY (apprentice_id) REFERENCES app_user (id),
  INDEX ix_allocation_apprentice (apprentice_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Bearer tokens for the REST API. Only a SHA-256 digest of each token is kept.
CREATE TABLE api_token (
  id         BIGINT      NOT NULL AUTO_INCREMENT,
  digest     CHAR(64)    NOT NULL,
  user_id    BIGINT      NOT NULL,
  created_at DATETIME(6) NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  revoked_at DATETIME(6) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_token_digest UNIQUE (digest),
  CONSTRAINT fk_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;

-- Append-only record of sign-ins, failures and sign-outs (UTC).
CREATE TABLE audit_event (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  occurred_at    DATETIME(6)  NOT NULL,
  event          VARCHAR(40)  NOT NULL,
  username       VARCHAR(100) NULL,
  user_id        BIGINT       NULL,
  centre_id      BIGINT       NULL,
  remote_address VARCHAR(64)  NULL,
  request_id     VARCHAR(64)  NULL,
  detail         VARCHAR(500) NULL,
  PRIMARY KEY (id),
  INDEX ix_audit_time (occurred_at),
  INDEX ix_audit_user (user_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
