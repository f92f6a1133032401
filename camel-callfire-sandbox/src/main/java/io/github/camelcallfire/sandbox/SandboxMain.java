package io.github.camelcallfire.sandbox;

import java.util.concurrent.CountDownLatch;

import io.github.camelcallfire.sandbox.http.GatewayLimits;

/**
 * {@code java -jar camel-callfire-sandbox.jar --port 8080 --username u --password p}: runs the sandbox until the
 * process is stopped and prints its URL and credentials.
 */
public final class SandboxMain {

    private static final String USAGE = String.join("\n",
            "Usage: java -jar camel-callfire-sandbox.jar [options]",
            "  --port N            TCP port (default 8080; 0 picks a free one)",
            "  --host H            interface to bind (default 127.0.0.1; 0.0.0.0 for all)",
            "  --username U        API login accepted with HTTP Basic (default " + CallfireSandbox.DEFAULT_USERNAME + ")",
            "  --password P        API password accepted with HTTP Basic",
            "  --action-delay MS   ms before outbound texts/calls finish (default 1000)",
            "  --credits N         credits the account starts with (default 100000)",
            "  --threads N         request threads (default 32)",
            "  --max-body-bytes N  largest request body; larger ones get 413 (default " + GatewayLimits.DEFAULT_MAX_BODY_BYTES + ")",
            "  --header-timeout MS time a request head may take; slower ones get 408 (default " + GatewayLimits.DEFAULT_HEADER_TIMEOUT_MS + ")",
            "  --help              this text");

    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        CallfireSandbox.Builder builder = CallfireSandbox.builder().port(8080);
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if ("--help".equals(arg) || "-h".equals(arg)) {
                    System.out.println(USAGE);
                    return;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + arg + " needs a value");
                }
                String value = args[++i];
                switch (arg) {
                    case "--port" -> builder.port(number(arg, value));
                    case "--host" -> builder.host(value);
                    case "--username" -> builder.username(value);
                    case "--password" -> builder.password(value);
                    case "--action-delay" -> builder.actionDelayMs(number(arg, value));
                    case "--credits" -> builder.initialCredits(number(arg, value));
                    case "--threads" -> builder.threads(number(arg, value));
                    case "--max-body-bytes" -> builder.maxBodyBytes(longNumber(arg, value));
                    case "--header-timeout" -> builder.headerTimeoutMs(longNumber(arg, value));
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        CallfireSandbox sandbox = builder.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.stop();
            stopped.countDown();
        }, "callfire-sandbox-shutdown"));
        System.out.println("CallFire sandbox listening on " + sandbox.baseUrl());
        System.out.println("  username: " + sandbox.username());
        System.out.println("  password: " + sandbox.password());
        System.out.println("  control:  " + sandbox.rootUrl() + "/sandbox (inbound-texts, inbound-calls, reset, clock, faults)");
        System.out.println("  try:      curl -u " + sandbox.username() + ":" + sandbox.password() + " " + sandbox.baseUrl() + "/texts");
        stopped.await();
    }

    private static long longNumber(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, got '" + value + "'");
        }
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, got '" + value + "'");
        }
    }
}
