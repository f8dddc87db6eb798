-- The sweep now forgets old reservations portal by portal, through reservation_portal
-- (portal_id, expires_at), which every check reads anyway; the index on expiry alone was one
-- more index to write at every check and to delete from at every sweep.
DROP INDEX reservation_expiry;
