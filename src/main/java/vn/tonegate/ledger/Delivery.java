package vn.tonegate.ledger;

/**
 * The first answer given to a webhook delivery, returned again when the same id comes back.
 *
 * @param answerJson the answer's JSON in UTF-8, the bytes that were sent (never modified)
 */
public record Delivery(int status, byte[] answerJson) {
}
