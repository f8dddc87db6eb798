package vn.tonegate.api;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import vn.tonegate.account.Account;
import vn.tonegate.account.AccountStore;
import vn.tonegate.account.Sessions;

/**
 * {@code /api/v1/session}: the console's sign-in. The session id travels in an HttpOnly,
 * SameSite=Strict cookie that scripts cannot read; the answer carries the CSRF token the
 * pages send back in {@code X-CSRF-Token} with every change.
 */
@Path("v1/session")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    public static final String COOKIE = "tonegate_session";

    private final AccountStore accounts;
    private final Sessions sessions;

    public SessionResource(AccountStore accounts, Sessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    public record Credentials(@NotBlank @Size(max = 64) String username, @NotNull @Size(max = 1000) String password) {
    }

    @POST
    public Response signIn(@Valid @NotNull Credentials body, @Context UriInfo uri) {
        Account account = accounts.authenticate(body.username(), body.password())
                .orElseThrow(() -> new ApiException(401, "unauthenticated", Messages.BAD_CREDENTIALS));
        Sessions.Session session = sessions.open(account);
        return Response.ok(describe(session)).cookie(cookie(session.id(), uri, (int) Sessions.IDLE.toSeconds())).build();
    }

    @GET
    public Map<String, Object> current(@CookieParam(COOKIE) String id) {
        return sessions.find(id).map(SessionResource::describe)
                .orElseThrow(() -> new ApiException(401, "unauthenticated", Messages.UNAUTHENTICATED));
    }

    @DELETE
    public Response signOut(@CookieParam(COOKIE) String id, @Context UriInfo uri) {
        sessions.close(id);
        return Response.noContent().cookie(cookie("", uri, 0)).build();
    }

    private static Map<String, Object> describe(Sessions.Session s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", s.account().username());
        m.put("roles", s.account().roles().stream().map(r -> r.jsonName()).sorted().toList());
        m.put("csrfToken", s.csrfToken());
        return m;
    }

    private static NewCookie cookie(String value, UriInfo uri, int maxAge) {
        return new NewCookie.Builder(COOKIE).value(value).path("/").httpOnly(true).sameSite(NewCookie.SameSite.STRICT)
                .secure("https".equalsIgnoreCase(uri.getBaseUri().getScheme())).maxAge(maxAge).build();
    }
}
