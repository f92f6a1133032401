package io.github.camelcallfire.benchmarks;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicLong;

/**
 * P4's child JVM (started with -Xmx64m by {@link PagingBenchmark}): walks every inbound text of one number with an
 * auto-paginated find split in streaming mode, and prints one {@code RESULT} line for the parent.
 * Arguments: base URL, username, password, inbound number.
 */
public final class PagingChild {

    private PagingChild() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: PagingChild <baseUrl> <username> <password> <toNumber>");
        }
        AtomicLong items = new AtomicLong();
        CamelContext context = Camels.withCallfire(args[0], args[1], args[2], 1);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:walk")
                        .to("callfire:texts/find?inbound=true&autoPaginate=true&limit=1000&toNumber=" + args[3])
                        .split(body()).streaming()
                            .process(exchange -> items.incrementAndGet())
                        .end();
            }
        });
        context.start();
        try {
            long start = System.nanoTime();
            context.createProducerTemplate().sendBody("direct:walk", null);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("RESULT items=" + items.get() + " millis=" + millis + " peakHeapMB="
                    + peakHeapBytes() / (1024 * 1024));
        } finally {
            context.stop();
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the peak heap in use. */
    static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
