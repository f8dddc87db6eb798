package vn.tonegate.policy;

/**
 * A rendered answer to a webhook delivery.
 *
 * @param replayed true when the delivery id was seen before and this is the first answer again
 */
public record Answer(int status, String json, boolean replayed) {
}
