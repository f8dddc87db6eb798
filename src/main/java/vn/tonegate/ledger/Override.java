package vn.tonegate.ledger;

/**
 * A block overridden by a person whose role the policy allows, with the reason they wrote.
 *
 * @param by     who, as the CMS names them
 * @param role   the role they acted in
 * @param reason their written justification
 */
public record Override(String by, String role, String reason) {
}
