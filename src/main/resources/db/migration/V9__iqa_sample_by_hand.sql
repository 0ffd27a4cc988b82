-- A decision an IQA added to the sample by hand, besides those the sampling plan selects: a review
-- of a submitted version (interim) or a sign-off (summative). Added once; never removed.
CREATE TABLE iqa_sample_pick (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  centre_id  BIGINT       NOT NULL,
  item_kind  VARCHAR(20)  NOT NULL,
  item_id    BIGINT       NOT NULL,
  iqa_id     BIGINT       NOT NULL,
  picked_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_pick_centre FOREIGN KEY (centre_id) REFERENCES centre (id),
  CONSTRAINT fk_pick_iqa FOREIGN KEY (iqa_id) REFERENCES app_user (id),
  CONSTRAINT ck_pick_kind CHECK (item_kind IN ('REVIEW', 'SIGN_OFF')),
  CONSTRAINT uq_pick_item UNIQUE (item_kind, item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
