package io.nianbao.ingest.service;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A minimal HTTP/1.1 GET over a connection to an address chosen by the caller (the one the SSRF check
 * approved), never to a name resolved again: closes the DNS-rebinding window of a client that resolves by itself.
 * The URI's host is still the {@code Host} header and, for https, the TLS SNI name and the name the certificate
 * is verified against (endpoint identification "HTTPS"). No proxy, no redirects (the caller follows them),
 * {@code Accept-Encoding: identity}, {@code Connection: close}; responses with Content-Length, chunked, or
 * delimited by the end of the connection.
 */
final class PinnedHttp {
    private static final int MAX_HEADER_BYTES = 64 * 1024;

    /** Opens the connection; replaceable in tests (to observe where it goes). */
    interface Connector {
        Socket connect(InetAddress address, int port, String host, boolean tls, Duration connectTimeout)
                throws IOException;
    }

    /** Plain TCP, or TLS on top with SNI and certificate verification for {@code host}. */
    static final Connector DIRECT = (address, port, host, tls, connectTimeout) -> {
        Socket plain = new Socket(java.net.Proxy.NO_PROXY);
        try {
            plain.connect(new InetSocketAddress(address, port), (int) Math.max(connectTimeout.toMillis(), 1));
            if (!tls) {
                return plain;
            }
            SSLSocket ssl = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                    .createSocket(plain, host, port, true);
            SSLParameters params = ssl.getSSLParameters();
            params.setEndpointIdentificationAlgorithm("HTTPS");
            if (!isIpLiteral(host)) {
                params.setServerNames(List.of(new SNIHostName(host)));
            }
            ssl.setSSLParameters(params);
            ssl.startHandshake();
            return ssl;
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    };

    /** A response whose body is still to be read; closing it closes the connection. */
    static final class Response implements AutoCloseable {
        final int status;
        final Map<String, List<String>> headers;
        final InputStream body;
        private final Socket socket;

        Response(int status, Map<String, List<String>> headers, InputStream body, Socket socket) {
            this.status = status;
            this.headers = headers;
            this.body = body;
            this.socket = socket;
        }

        Optional<String> header(String name) {
            List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
            return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
        }

        long contentLength() {
            try {
                return header("Content-Length").map(String::trim).map(Long::parseLong).orElse(-1L);
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // best effort
            }
        }
    }

    private PinnedHttp() {
    }

    /** Sends GET {@code uri} over {@code socket} (already connected to the checked address) and reads the head. */
    static Response get(Socket socket, URI uri, String userAgent, Duration readTimeout) throws IOException {
        try {
            socket.setSoTimeout((int) Math.max(readTimeout.toMillis(), 1));
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (uri.getRawQuery() != null) {
                path += "?" + uri.getRawQuery();
            }
            String request = "GET " + path + " HTTP/1.1\r\n"
                    + "Host: " + uri.getRawAuthority() + "\r\n"
                    + "User-Agent: " + userAgent.replaceAll("[\\r\\n]", " ") + "\r\n"
                    + "Accept: */*\r\n"
                    + "Accept-Encoding: identity\r\n"
                    + "Connection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            int[] budget = {MAX_HEADER_BYTES};
            while (true) {
                String statusLine = line(in, budget);
                String[] parts = statusLine.split(" ", 3);
                if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
                    throw new IOException("not an HTTP/1.x response: " + abbreviate(statusLine));
                }
                int status;
                try {
                    status = Integer.parseInt(parts[1]);
                } catch (NumberFormatException e) {
                    throw new IOException("bad status line: " + abbreviate(statusLine));
                }
                Map<String, List<String>> headers = new LinkedHashMap<>();
                for (String h = line(in, budget); !h.isEmpty(); h = line(in, budget)) {
                    int colon = h.indexOf(':');
                    if (colon > 0) {
                        headers.computeIfAbsent(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                                .add(h.substring(colon + 1).trim());
                    }
                }
                if (status >= 100 && status < 200) {
                    continue; // 100 Continue, 103 Early Hints: the real answer follows
                }
                Response head = new Response(status, headers, null, socket);
                InputStream body;
                if (head.header("Transfer-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("chunked")).orElse(false)) {
                    body = new ChunkedInputStream(in);
                } else if (head.contentLength() >= 0) {
                    body = new LimitedInputStream(in, head.contentLength());
                } else {
                    body = in;
                }
                return new Response(status, headers, body, socket);
            }
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    static boolean isIpLiteral(String host) {
        return host.indexOf(':') >= 0 || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    private static String line(InputStream in, int[] budget) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(64);
        int c;
        while ((c = in.read()) != -1) {
            if (--budget[0] < 0) {
                throw new IOException("response head larger than " + MAX_HEADER_BYTES + " bytes");
            }
            if (c == '\n') {
                byte[] bytes = b.toByteArray();
                int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
            }
            b.write(c);
        }
        throw new IOException("connection closed in the response head");
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    /** Exactly {@code length} bytes. */
    static final class LimitedInputStream extends FilterInputStream {
        private long left;

        LimitedInputStream(InputStream in, long length) {
            super(in);
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n == -1) {
                throw new IOException("connection closed " + left + " bytes before the end of the body");
            }
            left -= n;
            return n;
        }
    }

    /** Transfer-Encoding: chunked (trailers are read and dropped). */
    static final class ChunkedInputStream extends FilterInputStream {
        private long left;
        private boolean done;
        private final int[] budget = {MAX_HEADER_BYTES};

        ChunkedInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (left == 0) {
                String size = line(in, budget);
                int semi = size.indexOf(';');
                try {
                    left = Long.parseLong((semi >= 0 ? size.substring(0, semi) : size).trim(), 16);
                } catch (NumberFormatException e) {
                    throw new IOException("bad chunk size: " + abbreviate(size));
                }
                if (left == 0) {
                    while (!line(in, budget).isEmpty()) {
                        // trailers
                    }
                    done = true;
                    return -1;
                }
                budget[0] = MAX_HEADER_BYTES;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n == -1) {
                throw new IOException("connection closed inside a chunk");
            }
            left -= n;
            if (left == 0) {
                line(in, budget); // the CRLF after the chunk
            }
            return n;
        }
    }
}
