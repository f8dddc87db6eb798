/**
 * Portals, their policies, and the gate: a draft's score plus the portal's window in the
 * ledger give a decision (allow, warn, block), the headroom left, and a reservation. Plain
 * Java over {@code ledger} and {@code scoring}; time comes from an injected Clock.
 */
package vn.tonegate.policy;
