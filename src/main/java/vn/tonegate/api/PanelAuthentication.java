package vn.tonegate.api;

import java.security.Principal;
import java.time.Clock;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;

import vn.tonegate.policy.Portal;
import vn.tonegate.policy.Portals;

/**
 * Reads {@code Authorization: Bearer <panel token>} and, when the token is valid for its
 * portal, makes the request the editor's: role {@code editor-panel}, for that portal only.
 */
@Priority(Priorities.AUTHENTICATION)
public class PanelAuthentication implements ContainerRequestFilter {

    public static final String ROLE = "editor-panel";
    static final Messages.Text BAD_TOKEN = new Messages.Text(
            "Mã truy cập của khung biên tập không hợp lệ hoặc đã hết hạn.", "The editor panel's token is invalid or has expired.");

    private final Portals portals;
    private final Clock clock;

    public PanelAuthentication(Portals portals, Clock clock) {
        this.portals = portals;
        this.clock = clock;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return;
        }
        String token = header.substring(7).trim();
        PanelToken.Claims claims = PanelToken.claimedPortal(token)
                .flatMap(portals::find)
                .flatMap((Portal p) -> PanelToken.verify(p.secret(), token, clock.instant()))
                .orElseThrow(() -> new ApiException(401, "bad_token", BAD_TOKEN));
        request.setSecurityContext(new PanelContext(claims, request.getSecurityContext().isSecure()));
    }

    /** An editor in the CMS, through the panel. */
    public record PanelContext(PanelToken.Claims claims, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return () -> "panel:" + claims.subject();
        }

        @Override
        public boolean isUserInRole(String role) {
            return ROLE.equals(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
