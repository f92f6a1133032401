package io.github.camelcallfire.sandbox.http;

/**
 * What the sandbox's HTTP front lets a client do before a request thread sees the request, as an API gateway would.
 *
 * @param maxBodyBytes    largest request body accepted; a larger {@code Content-Length} is answered 413 before a byte
 *                        of the body is read, a chunked body is counted while it arrives and refused at the limit
 * @param headerTimeoutMs time a request head (request line and headers) may take from its first byte; after it the
 *                        client gets 408 and the connection is closed. Also the longest pause allowed while a body
 *                        arrives.
 * @param idleTimeoutMs   how long a connection may sit without a request before it is closed (silently)
 * @param maxHeaderBytes  largest request head; a larger one is answered 431
 * @param bodyBufferBytes request bodies held in memory at once, over all connections; a body that does not fit waits
 *                        (its connection is not read, TCP pushes back on the client) until others are done
 */
public record GatewayLimits(long maxBodyBytes, long headerTimeoutMs, long idleTimeoutMs, int maxHeaderBytes,
                            long bodyBufferBytes) {

    /** 32 MiB: CallFire documents no upload limit; this holds minutes of WAV and a CSV of hundreds of thousands of contacts. */
    public static final long DEFAULT_MAX_BODY_BYTES = 32L * 1024 * 1024;
    public static final long DEFAULT_HEADER_TIMEOUT_MS = 10_000;
    public static final long DEFAULT_IDLE_TIMEOUT_MS = 30_000;
    public static final int DEFAULT_MAX_HEADER_BYTES = 64 * 1024;

    public GatewayLimits {
        if (maxBodyBytes < 0 || maxBodyBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBodyBytes must be 0.." + (Integer.MAX_VALUE - 16) + ", got "
                    + maxBodyBytes);
        }
        if (headerTimeoutMs < 1) {
            throw new IllegalArgumentException("headerTimeoutMs must be at least 1, got " + headerTimeoutMs);
        }
        if (idleTimeoutMs < 1) {
            throw new IllegalArgumentException("idleTimeoutMs must be at least 1, got " + idleTimeoutMs);
        }
        if (maxHeaderBytes < 256) {
            throw new IllegalArgumentException("maxHeaderBytes must be at least 256, got " + maxHeaderBytes);
        }
        // a body within the limit must always fit in the buffer, or it would wait forever
        bodyBufferBytes = Math.max(bodyBufferBytes, maxBodyBytes);
    }

    /** The defaults, with a body buffer of a quarter of the heap (never less than one maximal body). */
    public static GatewayLimits defaults() {
        return of(DEFAULT_MAX_BODY_BYTES, DEFAULT_HEADER_TIMEOUT_MS);
    }

    public static GatewayLimits of(long maxBodyBytes, long headerTimeoutMs) {
        return new GatewayLimits(maxBodyBytes, headerTimeoutMs, DEFAULT_IDLE_TIMEOUT_MS, DEFAULT_MAX_HEADER_BYTES,
                Runtime.getRuntime().maxMemory() / 4);
    }
}
