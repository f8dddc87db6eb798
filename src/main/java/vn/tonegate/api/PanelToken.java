package vn.tonegate.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The editor panel's credential: a short-lived token the CMS server mints for one editor with
 * the portal's secret, so the browser never holds the secret itself. Two base64url parts,
 * {@code <claims>.<HMAC-SHA256 of the first part>}; the claims are
 * {@code {"portal", "sub", "role", "exp"}} (exp in Unix seconds, at most an hour ahead). The
 * role is the CMS's: the policy decides whether it may override a block.
 */
public final class PanelToken {

    public static final Duration LONGEST = Duration.ofHours(1);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    /** What a valid token says. */
    public record Claims(String portal, String subject, String role, Instant expires) {
    }

    private PanelToken() {
    }

    /** Mints a token, as a CMS does on its server. */
    public static String mint(String secret, Claims claims) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("portal", claims.portal());
        body.put("sub", claims.subject());
        body.put("role", claims.role());
        body.put("exp", claims.expires().getEpochSecond());
        try {
            String payload = B64.encodeToString(JSON.writeValueAsBytes(body));
            return payload + "." + B64.encodeToString(mac(secret, payload));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The portal a token claims, read before its signature can be checked (the secret depends on it). */
    public static Optional<String> claimedPortal(String token) {
        return payload(token).map(p -> p.path("portal").asText(null));
    }

    /** The claims of a token signed with {@code secret}, unexpired and not too long-lived at {@code now}. */
    public static Optional<Claims> verify(String secret, String token, Instant now) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(mac(secret, token.substring(0, dot)), given)) {
            return Optional.empty();
        }
        return payload(token).flatMap(p -> {
            String portal = p.path("portal").asText("");
            String subject = p.path("sub").asText("");
            String role = p.path("role").asText("");
            Instant expires = Instant.ofEpochSecond(p.path("exp").asLong(0));
            if (portal.isBlank() || subject.isBlank() || !expires.isAfter(now) || expires.isAfter(now.plus(LONGEST))) {
                return Optional.empty();
            }
            return Optional.of(new Claims(portal, subject, role, expires));
        });
    }

    private static Optional<JsonNode> payload(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(Base64.getUrlDecoder().decode(token.substring(0, dot)));
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IllegalArgumentException | java.io.IOException e) {
            return Optional.empty();
        }
    }

    private static byte[] mac(String secret, String payload) {
        try {
            String key = secret.startsWith("whsec_") ? secret.substring(6) : secret;
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
            return mac.doFinal(("tonegate-panel." + payload).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
