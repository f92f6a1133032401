package io.github.camelcallfire.sandbox.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** HTTP/1.1 spoken by hand over a raw socket, for clients that misbehave on purpose. */
final class RawHttp {

    /** One answer as read off the wire. */
    record Answer(int status, Map<String, String> headers, byte[] body) {
        JsonNode json() throws IOException {
            return Json.MAPPER.readTree(body);
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    static Socket connect(int port, int readTimeoutMs) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(readTimeoutMs);
        socket.setTcpNoDelay(true);
        return socket;
    }

    /** Reads one answer framed by Content-Length (the only framing the sandbox uses). */
    static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int state = 0;
        while (state < 4) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("connection closed before a complete answer head: " + head);
            }
            head.write(c);
            state = (c == '\r' && (state == 0 || state == 2)) || (c == '\n' && (state == 1 || state == 3))
                    ? state + 1 : 0;
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
            throw new IOException("connection closed in the answer body");
        }
        return new Answer(status, headers, body);
    }

    /** True when the server has closed the connection (EOF, or a reset after it stopped reading). */
    static boolean closedByServer(InputStream in) {
        try {
            return in.read() < 0;
        } catch (IOException e) {
            return !(e instanceof java.net.SocketTimeoutException);
        }
    }
}
