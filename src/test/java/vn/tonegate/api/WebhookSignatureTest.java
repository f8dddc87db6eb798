package vn.tonegate.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jakarta.ws.rs.container.ContainerRequestContext;

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

    /** The body as the signature is computed over it, whatever length the request declared. */
    @ParameterizedTest(name = "{0} bytes sent, {1} declared")
    @CsvSource({
        "5000, 5000", // the usual case: the declared length is right
        "5000, -1", // streamed, no length declared
        "3000, 5000", // ends before its declared length
        "5000, 3000", // goes on past it
        "5001, 5000", // one byte past it
        "0, 0",
        "300000, 300000" // over the pre-sized limit: read as a stream
    })
    void readsTheWholeBodyWhateverItsDeclaredLength(int sent, int declared) {
        byte[] body = new byte[sent];
        new Random(sent).nextBytes(body);
        ContainerRequestContext request = mock(ContainerRequestContext.class);
        when(request.hasEntity()).thenReturn(sent > 0);
        when(request.getLength()).thenReturn(declared);
        when(request.getEntityStream()).thenReturn(new ByteArrayInputStream(body));

        assertThat(WebhookSignature.readBody(request)).isEqualTo(body);
    }
}
