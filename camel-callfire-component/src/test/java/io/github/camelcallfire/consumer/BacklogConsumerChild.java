package io.github.camelcallfire.consumer;

import io.github.camelcallfire.CallfireComponent;
import io.github.camelcallfire.CallfireConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.FileOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.CountDownLatch;

/**
 * Runs in a JVM of its own with a small heap ({@link BacklogConsumerTest}): a consumer with the default options and
 * startFrom=BEGINNING writes the id of every text it is handed to a file, eight bytes each, and exits once it has been
 * handed {@code count} texts, printing the polls it made and the peak heap. Arguments: baseUrl username password
 * idsFile count.
 */
public final class BacklogConsumerChild {

    private BacklogConsumerChild() {
    }

    public static void main(String[] args) throws Exception {
        long count = Long.parseLong(args[4]);
        CountDownLatch handed = new CountDownLatch(1);
        CamelContext context = new DefaultCamelContext();
        CallfireComponent component = new CallfireComponent();
        component.getConfiguration().setBaseUrl(args[0]);
        component.getConfiguration().setUsername(args[1]);
        component.getConfiguration().setPassword(args[2]);
        context.addComponent("callfire", component);
        try (DataOutputStream ids = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(args[3])))) {
            long[] written = {0};
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("callfire:texts/find?inbound=true&toNumber=" + ConsumerTestSupport.OUR_NUMBER
                            + "&startFrom=BEGINNING&delay=20&initialDelay=0").routeId("backlog")
                            .process(exchange -> {
                                ids.writeLong(exchange.getMessage().getHeader(CallfireConstants.ITEM_ID, Long.class));
                                if (++written[0] == count) {
                                    handed.countDown();
                                }
                            });
                }
            });
            context.start();
            handed.await();
            context.stop();
        }
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage).mapToLong(usage -> usage.getUsed()).sum();
        System.out.println("handed over: " + count + ", peak heap pools sum: " + peak / (1024 * 1024) + " MB");
        System.exit(0);
    }
}
