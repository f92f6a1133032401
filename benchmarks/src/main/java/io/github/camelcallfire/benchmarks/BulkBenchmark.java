package io.github.camelcallfire.benchmarks;

import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.send.SendSummary;
import io.github.camelcallfire.sandbox.CallfireSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * P2: the same recipients as one List body (the component sends 1,000 per request) versus one request per recipient.
 * The one-per-request rate is taken from a sample and compared as a rate, which keeps the run short.
 */
final class BulkBenchmark {

    private static final String MESSAGE = "Bulk benchmark message";

    private final CallfireSandbox sandbox;
    private final Sizes sizes;
    private final ResultTable table;

    BulkBenchmark(CallfireSandbox sandbox, Sizes sizes, ResultTable table) {
        this.sandbox = sandbox;
        this.sizes = sizes;
        this.table = table;
    }

    void run() throws Exception {
        CamelContext context = Camels.withCallfire(sandbox.baseUrl(), sandbox.username(), sandbox.password(), 1);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:bulk").to("callfire:texts/send?defaultMessage=" + MESSAGE.replace(' ', '+'));
                from("direct:single").to("callfire:texts/send");
            }
        });
        context.start();
        try {
            ProducerTemplate template = context.createProducerTemplate();
            List<String> numbers = new ArrayList<>(sizes.bulkRecipients());
            for (int i = 0; i < sizes.bulkRecipients(); i++) {
                numbers.add(Load.recipient(i));
            }
            List<Samples> rates = Iterations.inTurns(sizes.warmups(), sizes.iterations(), List.of(
                    () -> bulk(template, numbers), () -> oneEach(template)));
            Samples bulk = rates.get(0);
            Samples single = rates.get(1);
            table.add("P2", "list bodies, " + sizes.bulkRecipients() + " recipients", bulk, "recipients/s");
            table.add("P2", "one request each, sample of " + sizes.singleSample(), single, "recipients/s");
            table.atLeast("P2 list / one-each", bulk.median() / single.median(), 30);
        } finally {
            context.stop();
        }
    }

    /** Recipients per second of one List body; the component splits it into requests of 1,000. */
    private double bulk(ProducerTemplate template, List<String> numbers) {
        sandbox.reset();
        long start = System.nanoTime();
        SendSummary sent = template.requestBody("direct:bulk", numbers, SendSummary.class);
        double rate = numbers.size() / ((System.nanoTime() - start) / 1e9);
        if (sent.getCreated() != numbers.size()) {
            throw new IllegalStateException("bulk send created " + sent.getCreated() + " texts for "
                    + numbers.size() + " recipients");
        }
        return rate;
    }

    /** Recipients per second of one request each, on a sample of them. */
    private double oneEach(ProducerTemplate template) {
        sandbox.reset();
        long start = System.nanoTime();
        for (int i = 0; i < sizes.singleSample(); i++) {
            template.requestBodyAndHeader("direct:single", MESSAGE, CallfireConstants.TO_NUMBER, Load.recipient(i));
        }
        return sizes.singleSample() / ((System.nanoTime() - start) / 1e9);
    }
}
