package vn.tonegate.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.Deflater;

import org.junit.jupiter.api.Test;

/**
 * A stored answer is deflated by a deflater kept from an earlier answer and reset: its bytes are those a
 * new deflater writes, one answer after another, small or larger than the kept buffer, and
 * they inflate back to the answer.
 */
class DeflatedTest {

    @Test
    void aKeptDeflaterWritesWhatANewOneWrites() {
        Random random = new Random(7);
        byte[] noise = new byte[100_000]; // deflates to more than the kept buffer holds at first
        random.nextBytes(noise);
        byte[] json = "{\"decision\":\"allow\",\"score\":{\"matches\":[{\"field\":\"body\",\"entry\":\"tai nạn\"}]}}"
                .repeat(300).getBytes(StandardCharsets.UTF_8);
        byte[][] answers = {json, noise, "{}".getBytes(StandardCharsets.UTF_8), json, noise};
        for (byte[] answer : answers) {
            byte[] deflated = Deflated.deflate(answer);
            assertThat(deflated).isEqualTo(fresh(answer));
            assertThat(Deflated.inflate(deflated)).isEqualTo(answer);
        }
    }

    private static byte[] fresh(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
