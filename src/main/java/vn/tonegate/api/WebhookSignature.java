package vn.tonegate.api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.SecurityContext;

import vn.tonegate.policy.Portal;
import vn.tonegate.policy.Portals;

/**
 * Verifies Standard Webhooks signatures: HMAC-SHA256 with the portal's secret over
 * {@code <webhook-id>.<webhook-timestamp>.<raw body>}, the timestamp within five minutes of
 * our clock, compared in constant time. Any of several space-separated signatures may match, so
 * a CMS can sign with an old and a new secret while it rotates. The verified delivery id is
 * handed to the resource, which answers a redelivery with the first answer. A request that
 * carries a valid editor-panel token for the same portal needs no signature.
 */
@Signed
@Priority(Priorities.AUTHENTICATION + 10)
public class WebhookSignature implements ContainerRequestFilter {

    public static final String DELIVERY_ID = "tonegate.webhook-id";
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    static final Messages.Text UNSIGNED = new Messages.Text(
            "Yêu cầu thiếu chữ ký (webhook-id, webhook-timestamp, webhook-signature).",
            "The request is not signed (webhook-id, webhook-timestamp, webhook-signature).");
    static final Messages.Text STALE = new Messages.Text(
            "Dấu thời gian của chữ ký lệch quá 5 phút so với máy chủ.",
            "The signature's timestamp is more than 5 minutes from the server's clock.");
    static final Messages.Text BAD_SIGNATURE = new Messages.Text(
            "Chữ ký không đúng với khóa bí mật của cổng.", "The signature does not match the portal's secret.");
    static final Messages.Text UNKNOWN_PORTAL = new Messages.Text("Không có cổng thông tin này.", "No such portal.");

    private final Portals portals;
    private final Clock clock;

    public WebhookSignature(Portals portals, Clock clock) {
        this.portals = portals;
        this.clock = clock;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String portalId = request.getUriInfo().getPathParameters().getFirst("id");
        Portal portal = portals.find(portalId).orElseThrow(() -> ApiException.notFound(UNKNOWN_PORTAL));
        if (request.getSecurityContext() instanceof PanelAuthentication.PanelContext panel) {
            // The editor panel's token stands in for a signature, for its own portal only.
            if (!panel.claims().portal().equals(portal.id())) {
                throw new ApiException(403, "forbidden", Messages.FORBIDDEN);
            }
            return;
        }
        String id = request.getHeaderString("webhook-id");
        String timestamp = request.getHeaderString("webhook-timestamp");
        String signatures = request.getHeaderString("webhook-signature");
        if (blank(id) || blank(timestamp) || blank(signatures)) {
            throw new ApiException(401, "unsigned", UNSIGNED);
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw new ApiException(401, "bad_signature", STALE);
        }
        if (Math.abs(clock.instant().getEpochSecond() - seconds) > TOLERANCE.toSeconds()) {
            throw new ApiException(401, "stale_signature", STALE);
        }
        byte[] body = readBody(request);
        if (!matches(portal.secret(), id, timestamp.strip(), body, signatures)) {
            throw new ApiException(401, "bad_signature", BAD_SIGNATURE);
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        request.setProperty(DELIVERY_ID, id);
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new CmsContext("cms:" + portal.id(), secure));
    }

    /** The signature of a body, as a CMS computes it: {@code v1,<base64 HMAC-SHA256>}. */
    public static String sign(String secret, String id, long timestamp, byte[] body) {
        return "v1," + Base64.getEncoder().encodeToString(mac(secret, id, Long.toString(timestamp), body));
    }

    static boolean matches(String secret, String id, String timestamp, byte[] body, String header) {
        byte[] expected = mac(secret, id, timestamp, body);
        boolean any = false;
        for (String candidate : header.trim().split("\\s+")) {
            if (!candidate.startsWith("v1,")) {
                continue;
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(candidate.substring(3));
            } catch (IllegalArgumentException e) {
                continue;
            }
            // No early exit: every candidate is compared, each in constant time.
            any |= MessageDigest.isEqual(expected, given);
        }
        return any;
    }

    private static byte[] mac(String secret, String id, String timestamp, byte[] body) {
        try {
            String key = secret.startsWith("whsec_") ? secret.substring(6) : secret;
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /** A declared length up to this is read straight into an array of its size. */
    static final int PRESIZED_MAX = 256 * 1024;

    /**
     * The whole body. A body that declares its length is read into an array of that size: reading
     * an unknown length grows buffers and copies them into the result once more, about three
     * times a check's draft in garbage at every signed request. The declared length is only a
     * size to start from: a body that ends sooner, or goes on, is still read whole.
     */
    static byte[] readBody(ContainerRequestContext request) {
        if (!request.hasEntity()) {
            return new byte[0];
        }
        try {
            InputStream in = request.getEntityStream();
            int declared = request.getLength();
            if (declared <= 0 || declared > PRESIZED_MAX) {
                return in.readAllBytes();
            }
            byte[] body = new byte[declared];
            int read = in.readNBytes(body, 0, declared);
            if (read < declared) {
                return Arrays.copyOf(body, read);
            }
            int next = in.read();
            if (next < 0) {
                return body;
            }
            ByteArrayOutputStream whole = new ByteArrayOutputStream(2 * declared);
            whole.write(body);
            whole.write(next);
            in.transferTo(whole);
            return whole.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The caller of a signed request: the CMS of one portal. */
    record CmsContext(String name, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return () -> name;
        }

        @Override
        public boolean isUserInRole(String role) {
            return false;
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "webhook-signature";
        }
    }
}
