package io.github.camelcallfire.benchmarks;

import io.github.camelcallfire.send.SendSummary;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * P5's child JVM (started with -Xmx64m by {@link LargeSendBenchmark}): sends texts to {@code count} recipients with
 * {@code callfire:texts/send?defaultMessage=...} and the default sendResult, the numbers given as an Iterator that
 * makes them up one at a time (never a list in memory), and prints one {@code RESULT} line for the parent.
 * Arguments: base URL, username, password, count.
 */
public final class LargeSendChild {

    static final String MESSAGE = "Large send benchmark message";

    private LargeSendChild() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: LargeSendChild <baseUrl> <username> <password> <count>");
        }
        int count = Integer.parseInt(args[3]);
        CamelContext context = Camels.withCallfire(args[0], args[1], args[2], 1);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to("callfire:texts/send?defaultMessage=" + MESSAGE.replace(' ', '+'));
            }
        });
        context.start();
        try {
            long start = System.nanoTime();
            SendSummary summary = context.createProducerTemplate().requestBody("direct:send", numbers(count),
                    SendSummary.class);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("RESULT recipients=" + summary.getRecipients() + " created=" + summary.getCreated()
                    + " requests=" + summary.getRequests() + " millis=" + millis + " peakHeapMB="
                    + PagingChild.peakHeapBytes() / (1024 * 1024));
        } finally {
            context.stop();
        }
    }

    /** The numbers of {@link Load#recipient}, made up as they are asked for. */
    private static Iterator<String> numbers(int count) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public String next() {
                if (next >= count) {
                    throw new NoSuchElementException();
                }
                return Load.recipient(next++);
            }
        };
    }
}
