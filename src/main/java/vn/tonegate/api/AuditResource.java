package vn.tonegate.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import vn.tonegate.ledger.AuditLog;

/** {@code GET /api/v1/audit}: the append-only log, newest first, paged back with {@code before}. */
@Path("v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditLog audit;

    public AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed({"admin", "webmaster", "supervisor"})
    public List<GateJson.AuditJson> recent(@QueryParam("portal") String portal, @QueryParam("action") String action,
                                           @QueryParam("before") Long before,
                                           @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw ApiException.badRequest("limit", new Messages.Text("từ 1 đến 1000", "from 1 to 1000"));
        }
        return audit.recent(blankToNull(portal), blankToNull(action), before, limit).stream()
                .map(GateJson.AuditJson::of).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
