package vn.tonegate.policy;

/**
 * A rendered answer to a webhook delivery.
 *
 * @param json     the answer in UTF-8, as sent and as stored for a redelivery (never modified);
 *                 bytes, because a check's answer is tens of kilobytes that nothing reads as text
 * @param replayed true when the delivery id was seen before and this is the first answer again
 */
public record Answer(int status, byte[] json, boolean replayed) {
}
