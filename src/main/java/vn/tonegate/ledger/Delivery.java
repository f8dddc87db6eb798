package vn.tonegate.ledger;

/** The first answer given to a webhook delivery, returned again when the same id comes back. */
public record Delivery(int status, String answerJson) {
}
