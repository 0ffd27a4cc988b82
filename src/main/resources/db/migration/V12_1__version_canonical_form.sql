-- What a submitted version's digest covers: NULL for versions submitted before RFC 8785 was
-- adopted (the SHA-256 of the stored content bytes, as they are), 'RFC8785' for the SHA-256 of the
-- content's RFC 8785 form. Existing rows keep NULL: nothing is recomputed.
ALTER TABLE assessment_version ADD COLUMN canonical_form VARCHAR(16) NULL;
