-- A portal's reservations, kept counted on its own row so that a check reads one row instead
-- of every live reservation. The counts are of the portal's reservations that expire after
-- held_as_of; each check moves held_as_of to its own time and takes away (or, should a node's
-- clock be behind, adds back) the reservations whose expiry lies between the two, a handful.
-- Existing portals start counting every reservation they hold as of the year 2000, so the
-- first check after the upgrade takes the expired ones away, whatever the database's clock.
ALTER TABLE portal ADD COLUMN held_total BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE portal ADD COLUMN held_negative BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE portal ADD COLUMN held_overridden BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE portal ADD COLUMN held_as_of TIMESTAMP WITH TIME ZONE
    DEFAULT TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00' NOT NULL;
UPDATE portal SET
    held_total = (SELECT COUNT(*) FROM reservation r WHERE r.portal_id = portal.id),
    held_negative = (SELECT COUNT(*) FROM reservation r WHERE r.portal_id = portal.id AND r.label = 'NEGATIVE'),
    held_overridden = (SELECT COUNT(*) FROM reservation r WHERE r.portal_id = portal.id AND r.overridden_by IS NOT NULL);
