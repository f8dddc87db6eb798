package vn.tonegate.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    // The example of the Standard Webhooks specification, so a CMS using any of its libraries interoperates.
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330;
    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String EXPECTED = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void signsAsTheSpecificationsExample() {
        assertThat(WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY)).isEqualTo(EXPECTED);
    }

    @Test
    void anyOfSeveralSignaturesMayMatchDuringARotation() {
        String header = "v1,bm90IHRoaXMgb25l " + EXPECTED + " v2,ignored";
        assertThat(WebhookSignature.matches(SECRET, ID, Long.toString(TIMESTAMP), BODY, header)).isTrue();
        assertThat(WebhookSignature.matches(SECRET, ID, Long.toString(TIMESTAMP + 1), BODY, EXPECTED)).isFalse();
        assertThat(WebhookSignature.matches(SECRET, "msg_other", Long.toString(TIMESTAMP), BODY, EXPECTED)).isFalse();
        assertThat(WebhookSignature.matches(SECRET, ID, Long.toString(TIMESTAMP), BODY, "v1,not base64!!")).isFalse();
    }
}
