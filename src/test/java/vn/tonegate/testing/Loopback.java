package vn.tonegate.testing;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** Jetty servers of the tests and benchmarks listen on the loopback only, at a port the system picks. */
public final class Loopback {

    private Loopback() {
    }

    /** A connector on 127.0.0.1 at a free port, added to the server; its port is known once the server started. */
    public static ServerConnector connector(Server server) {
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        return connector;
    }
}
