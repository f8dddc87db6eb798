package vn.tonegate.api;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;

import vn.tonegate.account.Account;
import vn.tonegate.account.AccountStore;
import vn.tonegate.account.Role;
import vn.tonegate.account.Sessions;

/**
 * Reads HTTP Basic credentials of a console account and, when they are right, puts the account
 * in the request's SecurityContext; roles are then checked by {@code @RolesAllowed}. Without an
 * Authorization header, a console session cookie does the same. Requests without credentials
 * pass through unauthenticated; wrong credentials are refused at once.
 */
@Priority(Priorities.AUTHENTICATION)
public class ConsoleAuthentication implements ContainerRequestFilter {

    static final Messages.Text CSRF = new Messages.Text(
            "Thiếu hoặc sai mã chống giả mạo (X-CSRF-Token); hãy tải lại trang.",
            "The anti-forgery token (X-CSRF-Token) is missing or wrong; reload the page.");
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final AccountStore accounts;
    private final Sessions sessions;

    public ConsoleAuthentication(AccountStore accounts, Sessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            fromSession(request);
            return;
        }
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return;
        }
        Account account = decode(header.substring(6).trim())
                .flatMap(c -> accounts.authenticate(c[0], c[1]))
                .orElseThrow(() -> new ApiException(401, "unauthenticated", Messages.BAD_CREDENTIALS));
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new AccountContext(account, secure));
    }

    /**
     * A console page signed in with a session cookie. The cookie rides along with any request
     * the browser makes, even one another site provokes, so changes must also echo the
     * session's CSRF token, which only the page itself has read.
     */
    private void fromSession(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(SessionResource.COOKIE);
        if (cookie == null || request.getUriInfo().getPath().startsWith("v1/session")) {
            return;
        }
        Sessions.Session session = sessions.find(cookie.getValue()).orElse(null);
        if (session == null) {
            return;
        }
        if (!SAFE.contains(request.getMethod())) {
            String token = request.getHeaderString("X-CSRF-Token");
            if (token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                    session.csrfToken().getBytes(StandardCharsets.UTF_8))) {
                throw new ApiException(403, "csrf", CSRF);
            }
        }
        request.setSecurityContext(new AccountContext(session.account(), request.getSecurityContext().isSecure()));
    }

    private static Optional<String[]> decode(String token) {
        try {
            String pair = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(new String[] {pair.substring(0, colon), pair.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The security context of a signed-in console account. */
    public record AccountContext(Account account, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return account::username;
        }

        @Override
        public boolean isUserInRole(String role) {
            try {
                return account.has(Role.parse(role));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return BASIC_AUTH;
        }
    }
}
