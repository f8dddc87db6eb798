package vn.tonegate.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class PanelTokenTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");

    private static String token(Duration life) {
        return PanelToken.mint(SECRET, new PanelToken.Claims("so-tttt", "nguyen.van.a", "editor", NOW.plus(life)));
    }

    @Test
    void aTokenMintedWithThePortalsSecretCarriesItsClaims() {
        assertThat(PanelToken.verify(SECRET, token(Duration.ofMinutes(10)), NOW)).hasValueSatisfying(c -> {
            assertThat(c.portal()).isEqualTo("so-tttt");
            assertThat(c.subject()).isEqualTo("nguyen.van.a");
            assertThat(c.role()).isEqualTo("editor");
        });
        assertThat(PanelToken.claimedPortal(token(Duration.ofMinutes(10)))).hasValue("so-tttt");
    }

    @Test
    void expiredTamperedForeignOrOverlongTokensAreRefused() {
        String good = token(Duration.ofMinutes(10));
        assertThat(PanelToken.verify(SECRET, good, NOW.plus(Duration.ofMinutes(11)))).as("expired").isEmpty();
        assertThat(PanelToken.verify(SECRET, token(Duration.ofHours(2)), NOW)).as("lives too long").isEmpty();
        String otherSecret = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
        assertThat(PanelToken.verify(otherSecret, good, NOW)).as("another portal's secret").isEmpty();

        String[] parts = good.split("\\.");
        String promoted = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[0])).replace("\"editor\"", "\"editor-in-chief\"").getBytes());
        assertThat(PanelToken.verify(SECRET, promoted + "." + parts[1], NOW)).as("a role rewritten by the browser").isEmpty();
        assertThat(PanelToken.verify(SECRET, "garbage", NOW)).isEmpty();
        assertThat(PanelToken.verify(SECRET, "e30.", NOW)).isEmpty();
    }
}
