package vn.tonegate.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * One persistent HTTP/1.1 connection that posts a body and reads the answer, and nothing more:
 * the load generator shares the machine with the server, and {@code java.net.http.HttpClient}
 * cost it about 1.6 ms of CPU per check (its selector, futures and a String of every 40 KB
 * answer). This keeps a few sockets open, parses only the status line, the headers that frame
 * the body, and the start of the body, and reuses its buffers.
 */
final class Http1Connection implements AutoCloseable {

    /** The part of an answer the generator looks at. */
    record Response(int status, byte[] head) {
    }

    private static final int HEAD = 256;

    private final InetSocketAddress address;
    private final ByteArrayOutputStream request = new ByteArrayOutputStream(16 * 1024);
    private final byte[] skip = new byte[16 * 1024];
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    Http1Connection(String host, int port) {
        this.address = new InetSocketAddress(host, port);
    }

    Response post(String path, Map<String, String> headers, byte[] body) throws IOException {
        if (socket == null) {
            connect();
        }
        request.reset();
        StringBuilder h = new StringBuilder(512).append("POST ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(address.getHostString()).append(':').append(address.getPort()).append("\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n");
        headers.forEach((name, value) -> h.append(name).append(": ").append(value).append("\r\n"));
        h.append("\r\n");
        request.writeBytes(h.toString().getBytes(StandardCharsets.ISO_8859_1));
        request.writeBytes(body);
        try {
            request.writeTo(out);
            out.flush();
            return read();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(30_000);
        socket.connect(address, 5_000);
        in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
    }

    private Response read() throws IOException {
        String statusLine = line();
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> close = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        Head head = new Head();
        if (chunked) {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                body(size, head);
                line();
            }
            while (!line().isEmpty()) {
                // trailers: none expected, none kept
            }
        } else if (length >= 0) {
            body(length, head);
        }
        if (close) {
            close();
        }
        return new Response(status, head.bytes());
    }

    private long chunkSize() throws IOException {
        String line = line();
        int semicolon = line.indexOf(';');
        return Long.parseLong((semicolon < 0 ? line : line.substring(0, semicolon)).trim(), 16);
    }

    /** Reads {@code n} bytes of body, keeping the first {@link #HEAD} of the whole body. */
    private void body(long n, Head head) throws IOException {
        while (n > 0) {
            int got = in.read(skip, 0, (int) Math.min(n, skip.length));
            if (got < 0) {
                throw new EOFException("the server closed the connection inside a body");
            }
            head.keep(skip, got);
            n -= got;
        }
    }

    private String line() throws IOException {
        StringBuilder s = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("the server closed the connection");
            }
            if (b != '\r') {
                s.append((char) b);
            }
        }
        return s.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a connection we give up on anyway
            }
            socket = null;
        }
    }

    private static final class Head {
        private final byte[] bytes = new byte[HEAD];
        private int size;

        void keep(byte[] from, int n) {
            int take = Math.min(n, HEAD - size);
            System.arraycopy(from, 0, bytes, size, take);
            size += take;
        }

        byte[] bytes() {
            return java.util.Arrays.copyOf(bytes, size);
        }
    }
}
