package vn.tonegate.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import vn.tonegate.testing.Loopback;

/**
 * The packaged WAR in a real Jetty on a free loopback port, with a fresh data folder, as an
 * operator would deploy it.
 */
public final class EmbeddedWar implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "correct horse battery staple";

    private final Server server;
    private final Path home;
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private EmbeddedWar(Server server, Path home, URI base) {
        this.server = server;
        this.home = home;
        this.base = base;
    }

    public static EmbeddedWar start() throws Exception {
        Path home = Files.createTempDirectory("tonegate-it");
        return start(home);
    }

    /** Starts on an existing data folder, e.g. to check what survives a restart. */
    public static EmbeddedWar start(Path home) throws Exception {
        System.setProperty("tonegate.home", home.toString());
        System.setProperty("tonegate.admin.password", ADMIN_PASSWORD);
        // a low work factor keeps the suite fast; production uses the default
        System.setProperty("tonegate.password.iterations", "1000");
        Server server = new Server();
        ServerConnector connector = Loopback.connector(server);
        WebAppContext context = new WebAppContext();
        context.setContextPath("/");
        String war = System.getProperty("tonegate.war");
        if (war == null || !Files.exists(Path.of(war))) {
            throw new IllegalStateException("run with Failsafe after package: tonegate.war=" + war);
        }
        context.setWar(war);
        // Jetty serves jakarta.* from the server's class path, as a container should. Here that class
        // path is the test's, which also holds the WAR's own libraries; the WAR must use its own
        // copies of the APIs it bundles, as it does in a container that does not ship them.
        context.getProtectedClassMatcher().add("-jakarta.ws.rs.", "-jakarta.inject.", "-jakarta.validation.",
                "-jakarta.annotation.", "-jakarta.el.", "-jakarta.xml.bind.", "-jakarta.activation.");
        server.setHandler(context);
        server.start();
        if (!context.isAvailable()) {
            server.stop();
            throw new IllegalStateException("the web application failed to start", context.getUnavailableException());
        }
        return new EmbeddedWar(server, home, URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/"));
    }

    public URI base() {
        return base;
    }

    public Path home() {
        return home;
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public HttpRequest.Builder asAdmin(String path) {
        return request(path).header("Authorization", basic("admin", ADMIN_PASSWORD));
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> postJson(HttpRequest.Builder builder, String json) throws IOException, InterruptedException {
        return send(builder.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /** Stops the server but keeps the data folder. */
    public void stop() throws Exception {
        server.stop();
    }

    @Override
    public void close() throws Exception {
        stop();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
