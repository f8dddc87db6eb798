-- Old reservations and deliveries are swept across all portals at once, off the publish path,
-- so their age alone must be indexed.
CREATE INDEX reservation_expiry ON reservation (expires_at);
CREATE INDEX delivery_received ON delivery (received_at);
DROP INDEX delivery_age;
