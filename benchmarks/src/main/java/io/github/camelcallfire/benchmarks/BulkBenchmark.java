package io.github.camelcallfire.benchmarks;

import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.sandbox.CallfireSandbox;
import io.github.camelcallfire.send.SendSummary;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * P2: the same recipients as one List body (the component sends 1,000 per request), the same chunks sent by a raw
 * HttpClient 5 (the limit), and one request per recipient. The one-per-request rate is taken from a sample and
 * compared as a rate, which keeps the run short. All three report their calling thread's CPU time and allocated bytes
 * per recipient.
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
        try (RawBulkSender raw = new RawBulkSender(sandbox.baseUrl(), sandbox.username(), sandbox.password(),
                MESSAGE)) {
            ProducerTemplate template = context.createProducerTemplate();
            List<String> numbers = new ArrayList<>(sizes.bulkRecipients());
            for (int i = 0; i < sizes.bulkRecipients(); i++) {
                numbers.add(Load.recipient(i));
            }
            List<Figures> figures = Iterations.inTurns(sizes.bulkWarmups(), sizes.iterations(), List.of(
                    () -> bulk(template, numbers), () -> rawBulk(raw, numbers), () -> oneEach(template)));
            Figures bulk = figures.get(0);
            Figures rawBulk = figures.get(1);
            Figures single = figures.get(2);
            String list = sizes.bulkRecipients() + " recipients";
            List<String> names = List.of("list bodies, " + list, "raw HttpClient 5 chunks of 1000, " + list,
                    "one request each, sample of " + sizes.singleSample());
            for (int i = 0; i < names.size(); i++) {
                table.add("P2", names.get(i), figures.get(i).rate(), "recipients/s");
            }
            for (int i = 0; i < names.size(); i++) {
                table.add("P2", names.get(i) + ": client CPU", figures.get(i).cpuMicros(), "µs CPU/recipient");
            }
            for (int i = 0; i < names.size(); i++) {
                table.add("P2", names.get(i) + ": allocated", figures.get(i).bytes(), "bytes/recipient");
            }
            table.atLeast("P2 list / one-each", bulk.rate().median() / single.rate().median(), 30);
            table.ratio("P2 list / raw chunks (rate)", bulk.rate().median() / rawBulk.rate().median());
            table.atMost("P2 client CPU per recipient, list / raw chunks",
                    bulk.cpuMicros().median() / rawBulk.cpuMicros().median(), 1.5);
            table.ratio("P2 allocated per recipient, list / raw chunks",
                    bulk.bytes().median() / rawBulk.bytes().median());
        } finally {
            context.stop();
        }
    }

    /** One List body; the component splits it into requests of 1,000. */
    private Measured bulk(ProducerTemplate template, List<String> numbers) {
        sandbox.reset();
        ThreadCost.Cost before = ThreadCost.current();
        long start = System.nanoTime();
        SendSummary sent = template.requestBody("direct:bulk", numbers, SendSummary.class);
        long elapsed = System.nanoTime() - start;
        ThreadCost.Cost spent = ThreadCost.current().minus(before);
        if (sent == null || sent.getCreated() != numbers.size()) {
            throw new IllegalStateException("bulk send answered " + sent + " for " + numbers.size() + " recipients");
        }
        return Measured.of(numbers.size(), elapsed, spent);
    }

    /** The same chunks through the raw client. */
    private Measured rawBulk(RawBulkSender raw, List<String> numbers) throws Exception {
        sandbox.reset();
        ThreadCost.Cost before = ThreadCost.current();
        long start = System.nanoTime();
        raw.send(numbers);
        long elapsed = System.nanoTime() - start;
        return Measured.of(numbers.size(), elapsed, ThreadCost.current().minus(before));
    }

    /** One request each, on a sample of the recipients. */
    private Measured oneEach(ProducerTemplate template) {
        sandbox.reset();
        ThreadCost.Cost before = ThreadCost.current();
        long start = System.nanoTime();
        for (int i = 0; i < sizes.singleSample(); i++) {
            template.requestBodyAndHeader("direct:single", MESSAGE, CallfireConstants.TO_NUMBER, Load.recipient(i));
        }
        long elapsed = System.nanoTime() - start;
        return Measured.of(sizes.singleSample(), elapsed, ThreadCost.current().minus(before));
    }
}
