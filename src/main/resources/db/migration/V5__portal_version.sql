-- Counts the changes to a portal's row (policy, secret). A check reads it with the portal's
-- lock, so a node whose cached policy is older than the committed one notices and reloads
-- before it decides, whichever node made the change.
ALTER TABLE portal ADD COLUMN version BIGINT DEFAULT 1 NOT NULL;
