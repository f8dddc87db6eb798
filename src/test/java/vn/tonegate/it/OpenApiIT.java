package vn.tonegate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

/** The served OpenAPI description names every operation the API's resource classes serve. */
class OpenApiIT {

    private static EmbeddedWar war;

    @BeforeAll
    static void start() throws Exception {
        war = EmbeddedWar.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (war != null) {
            war.close();
        }
    }

    @Test
    void describesEveryResourceMethodOfTheApiPackage() throws Exception {
        HttpResponse<String> r = war.send(war.request("api/openapi.json").GET().build());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode api = new ObjectMapper().readTree(r.body());
        JsonNode paths = api.get("paths");

        List<String> served = new ArrayList<>();
        for (Class<?> type : apiClasses()) {
            jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (root == null) {
                continue;
            }
            for (Method m : type.getMethods()) {
                String verb = m.isAnnotationPresent(GET.class) ? "get" : m.isAnnotationPresent(POST.class) ? "post"
                        : m.isAnnotationPresent(PUT.class) ? "put" : m.isAnnotationPresent(DELETE.class) ? "delete" : null;
                if (verb == null) {
                    continue;
                }
                jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                String path = "/" + root.value() + (sub == null ? "" : "/" + sub.value());
                served.add(verb + " " + path.replaceAll("/+", "/"));
            }
        }
        assertThat(served).as("the API package serves these").contains("post /v1/score", "post /v1/portals/{id}/checks",
                "post /v1/portals/{id}/events", "get /v1/health");
        for (String op : served) {
            String[] parts = op.split(" ", 2);
            assertThat(paths.path(parts[1]).has(parts[0])).as("openapi.json describes %s", op).isTrue();
        }
        assertThat(paths.at("/~1v1~1score/post/requestBody/content/application~1json/schema").isMissingNode()).isFalse();
        assertThat(api.at("/components/schemas/CheckAnswer/properties/score/$ref").asText())
                .as("a check's score, copied in as written JSON, is described as the score it is").endsWith("/ScoreResponse");
    }

    /** The compiled classes of vn.tonegate.api, found on disk so a new resource cannot be forgotten. */
    private static List<Class<?>> apiClasses() throws Exception {
        Path dir = Path.of("target/classes/vn/tonegate/api");
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    out.add(Class.forName("vn.tonegate.api." + name.substring(0, name.length() - ".class".length())));
                }
            }
        }
        return out;
    }
}
