package io.github.camelcallfire.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP relay in front of the sandbox that counts the bytes the server sends on the wire, headers included:
 * it sees exactly what a client would pay for, whatever the client does with the answer.
 */
final class CountingProxy implements AutoCloseable {

    private final ServerSocket server;
    private final InetSocketAddress target;
    private final AtomicLong toClient = new AtomicLong();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    CountingProxy(String targetHost, int targetPort) throws IOException {
        this.target = new InetSocketAddress(targetHost, targetPort);
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon("counting-proxy-accept", this::accept).start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Bytes sent by the server (responses) so far. */
    long responseBytes() {
        return toClient.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(target.getAddress(), target.getPort());
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                open.add(client);
                open.add(upstream);
                daemon("counting-proxy-up", () -> pump(client, upstream, null)).start();
                daemon("counting-proxy-down", () -> pump(upstream, client, toClient)).start();
            } catch (IOException e) {
                // the server socket was closed: the proxy is shutting down
                return;
            }
        }
    }

    /* counter: null when the direction is not counted */
    private void pump(Socket from, Socket to, AtomicLong counter) {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (counter != null) {
                    counter.addAndGet(n);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // one side went away; closing both ends below tells the other side
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void closeQuietly(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed by the other pump
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void close() throws IOException {
        server.close();
        open.forEach(this::closeQuietly);
    }
}
