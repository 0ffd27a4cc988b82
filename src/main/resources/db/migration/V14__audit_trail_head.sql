-- The position of the last entry of each centre's audit trail (AuditTrail). An append locks its
-- centre's row, reads this, writes the next entry and moves this on: appends to one centre queue
-- on that row, and appends to different centres never wait for each other. (Locking the trail's
-- last entry instead also locked the gap after it in the index, which the first entries of two
-- new centres shared: both waited for the other, and the database ended one with a deadlock.)
ALTER TABLE centre ADD COLUMN audit_position BIGINT NOT NULL DEFAULT 0;

UPDATE centre c
   SET c.audit_position = (SELECT COALESCE(MAX(t.position), 0) FROM audit_trail t WHERE t.centre_id = c.id);
