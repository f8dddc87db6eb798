package vn.tonegate.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import vn.tonegate.ledger.Ledger;
import vn.tonegate.policy.Answer;
import vn.tonegate.policy.CheckOutcome;
import vn.tonegate.policy.Gate;
import vn.tonegate.policy.Policy;
import vn.tonegate.policy.Portal;
import vn.tonegate.policy.Portals;
import vn.tonegate.scoring.Label;

/**
 * Portals: registration and policy for the console; checks and events for the CMS, signed;
 * stats and the items behind them for whoever supervises.
 */
@Path("v1/portals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PortalResource {

    private static final Messages.Text BAD_DATE = new Messages.Text("ngày theo dạng YYYY-MM-DD", "a date as YYYY-MM-DD");

    private final Portals portals;
    private final Gate gate;
    private final Ledger ledger;
    private final ObjectMapper json;

    public PortalResource(Portals portals, Gate gate, Ledger ledger, ObjectMapper json) {
        this.portals = portals;
        this.gate = gate;
        this.ledger = ledger;
        this.json = json;
    }

    @POST
    @RolesAllowed({"admin", "webmaster"})
    public Response create(@Valid @NotNull NewPortal body, @Context SecurityContext caller) {
        Policy policy = body.policy() == null ? Policy.defaults() : body.policy().toPolicy();
        Portal portal = portals.create(body.id(), body.name().strip(), policy, caller.getUserPrincipal().getName());
        return Response.status(201).entity(PortalJson.of(portal, true)).build();
    }

    @GET
    @RolesAllowed({"admin", "webmaster", "supervisor"})
    public List<PortalJson> list() {
        return portals.list().stream().map(p -> PortalJson.of(p, false)).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"admin", "webmaster", "supervisor"})
    public PortalJson get(@PathParam("id") String id, @Context SecurityContext caller) {
        return PortalJson.of(portals.get(id), configures(caller));
    }

    @PUT
    @Path("{id}/policy")
    @RolesAllowed({"admin", "webmaster"})
    public PortalJson setPolicy(@PathParam("id") String id, @Valid @NotNull PolicyJson body, @Context SecurityContext caller) {
        return PortalJson.of(portals.setPolicy(id, body.toPolicy(), caller.getUserPrincipal().getName()), true);
    }

    /** A new secret; the old one stops working at once. */
    @POST
    @Path("{id}/secret")
    @RolesAllowed({"admin", "webmaster"})
    public PortalJson rotateSecret(@PathParam("id") String id, @Context SecurityContext caller) {
        return PortalJson.of(portals.rotateSecret(id, caller.getUserPrincipal().getName()), true);
    }

    @GET
    @Path("{id}/stats")
    @RolesAllowed({"admin", "webmaster", "supervisor"})
    public GateJson.StatsAnswer stats(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return GateJson.StatsAnswer.of(gate.stats(id, date("from", from), date("to", to)));
    }

    /** The published items of a range, newest first; {@code label=negative} lists the items behind a share. */
    @GET
    @Path("{id}/entries")
    @RolesAllowed({"admin", "webmaster", "supervisor"})
    public List<GateJson.EntryJson> entries(@PathParam("id") String id, @QueryParam("from") String from,
                                            @QueryParam("to") String to, @QueryParam("label") String label,
                                            @QueryParam("limit") @DefaultValue("100") int limit) {
        GateJson.StatsAnswer range = stats(id, from, to);
        Label only;
        try {
            only = label == null || label.isBlank() ? null : Label.parse(label);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("label", new Messages.Text("negative, neutral hoặc positive", "negative, neutral or positive"));
        }
        if (limit < 1 || limit > 1000) {
            throw ApiException.badRequest("limit", new Messages.Text("từ 1 đến 1000", "from 1 to 1000"));
        }
        return ledger.entries(id, range.window().firstDay(), range.window().lastDay(), only, limit).stream()
                .map(GateJson.EntryJson::of).toList();
    }

    @POST
    @Path("{id}/checks")
    @Signed
    @Operation(summary = "Ask before publishing: allow, warn or block, with the share, headroom and a reservation",
            security = @SecurityRequirement(name = "webhook"),
            responses = @ApiResponse(responseCode = "200", description = "the decision; a redelivered webhook-id gets the first answer",
                    content = @Content(schema = @Schema(implementation = GateJson.CheckAnswer.class))))
    public Response check(@PathParam("id") String id, @Valid @NotNull CheckJson body, @Context ContainerRequestContext request,
                          @Context SecurityContext caller) {
        // The injected SecurityContext is a proxy; the request holds the one the filters set.
        if (request.getSecurityContext() instanceof PanelAuthentication.PanelContext panel) {
            // From the panel, who overrides is who the CMS vouched for in the token, never what the body says.
            PanelToken.Claims editor = panel.claims();
            CheckJson asEditor = body.override() == null ? body : body.withOverride(
                    new CheckJson.OverrideJson(editor.subject(), editor.role(), body.override().justification()));
            CheckOutcome outcome = gate.check(id, asEditor.toRequest(caller.getUserPrincipal().getName()));
            return answered(new Answer(200, GateJson.CheckAnswer.writer(json, outcome.score()).apply(outcome), false));
        }
        Answer answer = gate.check(id, body.toRequest(caller.getUserPrincipal().getName()), deliveryId(request),
                score -> GateJson.CheckAnswer.writer(json, score));
        return answered(answer);
    }

    @POST
    @Path("{id}/events")
    @Signed
    @Operation(summary = "Report what was published, updated, unpublished or deleted",
            security = @SecurityRequirement(name = "webhook"),
            responses = @ApiResponse(responseCode = "200", description = "the post as the ledger now counts it",
                    content = @Content(schema = @Schema(implementation = GateJson.EventAnswer.class))))
    public Response event(@PathParam("id") String id, @Valid @NotNull EventJson body, @Context ContainerRequestContext request,
                          @Context SecurityContext caller) {
        Answer answer = gate.record(id, body.toEvent(caller.getUserPrincipal().getName()), deliveryId(request),
                outcome -> write(GateJson.EventAnswer.of(outcome)));
        return answered(answer);
    }

    private static String deliveryId(ContainerRequestContext request) {
        return (String) request.getProperty(WebhookSignature.DELIVERY_ID);
    }

    /** The stored JSON, byte for byte the same on a redelivery; the header tells a replay apart. */
    private static Response answered(Answer answer) {
        Response.ResponseBuilder r = Response.status(answer.status()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(answer.json());
        if (answer.replayed()) {
            r.header("Idempotent-Replayed", "true");
        }
        return r.build();
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    private static boolean configures(SecurityContext caller) {
        return caller.isUserInRole("admin") || caller.isUserInRole("webmaster");
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(field, BAD_DATE);
        }
    }
}
