package vn.tonegate.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import vn.tonegate.scoring.Scorer;

/** {@code POST /api/v1/score}: the tone of one draft and the phrases behind it. */
@Path("v1/score")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScoreResource {

    private final Scorer scorer;

    public ScoreResource(Scorer scorer) {
        this.scorer = scorer;
    }

    @POST
    @RolesAllowed({"admin", "webmaster", "supervisor", PanelAuthentication.ROLE})
    public ScoreResponse score(@Valid @NotNull ScoreRequest request) {
        return ScoreResponse.of(scorer.score(request.toDraft()));
    }
}
