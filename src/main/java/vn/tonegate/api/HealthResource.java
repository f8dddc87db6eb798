package vn.tonegate.api;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import vn.tonegate.lexicon.Lexicon;

/** Liveness for load balancers and the CMS; no authentication. */
@Path("v1/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private final Lexicon lexicon;
    private final String store;

    public HealthResource(Lexicon lexicon, String store) {
        this.lexicon = lexicon;
        this.store = store;
    }

    @GET
    public Map<String, Object> health() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("lexiconVersion", lexicon.version());
        body.put("store", store);
        return body;
    }
}
