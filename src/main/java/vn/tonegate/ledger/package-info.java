/**
 * What each portal published, counted per day so a window costs a few rows; the reservations
 * that allowed checks hold; answered webhook deliveries; and the append-only audit log. Plain
 * JDBC over the one SQL schema, H2 or PostgreSQL. Uses {@code scoring} for labels only.
 */
package vn.tonegate.ledger;
