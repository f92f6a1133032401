package io.github.camelcallfire.benchmarks;

import io.github.camelcallfire.sandbox.CallfireSandbox;

/**
 * P1 and the sandbox capacity: single-recipient sends through the raw client, camel-http and the component, each
 * run on an emptied sandbox so that every iteration starts from the same state.
 */
final class SendBenchmark {

    private interface SenderFactory {
        Sender open(String baseUrl, String username, String password, int connections) throws Exception;
    }

    private final CallfireSandbox sandbox;
    private final Sizes sizes;
    private final ResultTable table;

    SendBenchmark(CallfireSandbox sandbox, Sizes sizes, ResultTable table) {
        this.sandbox = sandbox;
        this.sizes = sizes;
        this.table = table;
    }

    void capacity() throws Exception {
        int concurrency = sizes.capacityConcurrency();
        Samples rate = rate(RawHttpSender::new, sizes.capacityRequests(), concurrency);
        table.add("Sandbox", "capacity: POST /texts, raw client, concurrency " + concurrency, rate, "requests/s");
    }

    void perMessage() throws Exception {
        for (int concurrency : new int[] {1, 8}) {
            Samples raw = rate(RawHttpSender::new, sizes.sendMessages(), concurrency);
            Samples camelHttp = rate(CamelHttpSender::new, sizes.sendMessages(), concurrency);
            Samples callfire = rate(CallfireSender::new, sizes.sendMessages(), concurrency);
            String suffix = ", concurrency " + concurrency;
            table.add("P1", "(a) raw HttpClient 5" + suffix, raw, "msgs/s");
            table.add("P1", "(b) camel-http route" + suffix, camelHttp, "msgs/s");
            table.add("P1", "(c) callfire:texts/send" + suffix, callfire, "msgs/s");
            table.atLeast("P1 (c)/(a)" + suffix, callfire.median() / raw.median(), 0.90);
        }
    }

    private Samples rate(SenderFactory factory, int messages, int concurrency) throws Exception {
        try (Sender sender = factory.open(sandbox.baseUrl(), sandbox.username(), sandbox.password(), concurrency)) {
            return Iterations.of(sizes.warmups(), sizes.iterations(), () -> {
                sandbox.reset();
                return Load.run(sender, messages, concurrency);
            });
        }
    }
}
