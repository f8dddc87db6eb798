package vn.tonegate.api;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;

import vn.tonegate.account.Account;
import vn.tonegate.account.AccountStore;
import vn.tonegate.account.Role;

/**
 * Reads HTTP Basic credentials of a console account and, when they are right, puts the account
 * in the request's SecurityContext; roles are then checked by {@code @RolesAllowed}. Requests
 * without credentials pass through unauthenticated; wrong credentials are refused at once.
 */
@Priority(Priorities.AUTHENTICATION)
public class ConsoleAuthentication implements ContainerRequestFilter {

    private final AccountStore accounts;

    public ConsoleAuthentication(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return;
        }
        Account account = decode(header.substring(6).trim())
                .flatMap(c -> accounts.authenticate(c[0], c[1]))
                .orElseThrow(() -> new ApiException(401, "unauthenticated", Messages.BAD_CREDENTIALS));
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new AccountContext(account, secure));
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
