package io.github.camelcallfire.benchmarks;

/** One way of sending a single-recipient text; must be safe to call from several threads. */
interface Sender extends AutoCloseable {

    void send(String toNumber, String message) throws Exception;
}
