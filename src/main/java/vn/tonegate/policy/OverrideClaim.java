package vn.tonegate.policy;

/**
 * A request to publish over a block, as the CMS asserts it in a signed request.
 *
 * @param by            the person, as the CMS names them
 * @param role          the role they act in; the policy lists the roles that may override
 * @param justification their written reason
 */
public record OverrideClaim(String by, String role, String justification) {
}
