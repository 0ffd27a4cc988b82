-- Rises each time a person's password is reset or changed: a page session signed in under an
-- earlier version ends at its next request (API tokens are revoked outright).
ALTER TABLE app_user ADD COLUMN credentials_version INT NOT NULL DEFAULT 0;
