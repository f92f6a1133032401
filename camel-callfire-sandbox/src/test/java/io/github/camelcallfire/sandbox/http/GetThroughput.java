package io.github.camelcallfire.sandbox.http;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.LongAdder;

import io.github.camelcallfire.sandbox.CallfireSandbox;

/**
 * Prints requests/s (and CPU time per request) of simple keep-alive GETs over raw sockets against an embedded
 * sandbox — a figure, not a test:
 * {@code java -cp ... io.github.camelcallfire.sandbox.http.GetThroughput [clients] [seconds]}.
 */
public final class GetThroughput {

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        try (CallfireSandbox sandbox = CallfireSandbox.start()) {
            String auth = Base64.getEncoder().encodeToString(
                    (sandbox.username() + ":" + sandbox.password()).getBytes(StandardCharsets.UTF_8));
            byte[] request = ("GET /v2/texts?limit=1 HTTP/1.1\r\nHost: 127.0.0.1:" + sandbox.port()
                    + "\r\nAuthorization: Basic " + auth + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean();
            for (int round = 0; round < 2; round++) {
                long cpuBefore = ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
                LongAdder done = new LongAdder();
                long end = System.nanoTime() + (round == 0 ? 3 : seconds) * 1_000_000_000L;
                Thread[] threads = new Thread[clients];
                for (int i = 0; i < clients; i++) {
                    threads[i] = new Thread(() -> {
                        try (Socket s = new Socket("127.0.0.1", sandbox.port())) {
                            s.setTcpNoDelay(true);
                            OutputStream out = s.getOutputStream();
                            InputStream in = new BufferedInputStream(s.getInputStream());
                            while (System.nanoTime() < end) {
                                out.write(request);
                                out.flush();
                                readAnswer(in);
                                done.increment();
                            }
                        } catch (IOException e) {
                            throw new RuntimeException(e);
                        }
                    });
                    threads[i].start();
                }
                for (Thread t : threads) {
                    t.join();
                }
                if (round == 1) {
                    long cpu = ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() - cpuBefore;
                    System.out.printf("%d clients, %d s: %d GETs, %.0f requests/s, %.1f us CPU per request"
                            + " (server and client, one process)%n", clients, seconds, done.sum(),
                            done.sum() / (double) seconds, cpu / 1000.0 / done.sum());
                }
            }
        }
    }

    private static void readAnswer(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            head.append((char) c);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        if (!head.toString().startsWith("HTTP/1.1 200")) {
            throw new IOException("unexpected answer: " + head);
        }
        int length = 0;
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        in.readNBytes(length);
    }
}
