package io.github.camelcallfire.benchmarks;

import io.github.camelcallfire.sandbox.CallfireSandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * P1 and the sandbox capacity: single-recipient sends through the raw client, camel-http and the component. Every
 * run starts on an emptied sandbox, and the three clients take turns within each iteration so that a change in the
 * machine's load during the run hits all of them alike.
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
        Samples rate = rates(List.of(RawHttpSender::new), sizes.capacityRequests(), concurrency).get(0);
        table.add("Sandbox", "capacity: POST /texts, raw client, concurrency " + concurrency, rate, "requests/s");
    }

    void perMessage() throws Exception {
        for (int concurrency : new int[] {1, 8}) {
            List<Samples> rates = rates(List.of(RawHttpSender::new, CamelHttpSender::new, CallfireSender::new),
                    sizes.sendMessages(), concurrency);
            String suffix = ", concurrency " + concurrency;
            table.add("P1", "(a) raw HttpClient 5" + suffix, rates.get(0), "msgs/s");
            table.add("P1", "(b) camel-http route" + suffix, rates.get(1), "msgs/s");
            table.add("P1", "(c) callfire:texts/send" + suffix, rates.get(2), "msgs/s");
            table.atLeast("P1 (c)/(a)" + suffix, rates.get(2).median() / rates.get(0).median(), 0.90);
            table.ratio("P1 (b)/(a)" + suffix, rates.get(1).median() / rates.get(0).median());
        }
    }

    /** Messages per second of each sender, measured in turns. */
    private List<Samples> rates(List<SenderFactory> factories, int messages, int concurrency) throws Exception {
        List<Sender> senders = new ArrayList<>();
        try {
            List<Iterations.Run> runs = new ArrayList<>();
            for (SenderFactory factory : factories) {
                Sender sender = factory.open(sandbox.baseUrl(), sandbox.username(), sandbox.password(), concurrency);
                senders.add(sender);
                runs.add(() -> measure(sender, messages, concurrency));
            }
            return Iterations.inTurns(sizes.warmups(), sizes.iterations(), runs);
        } finally {
            for (Sender sender : senders) {
                sender.close();
            }
        }
    }

    private double measure(Sender sender, int messages, int concurrency) throws Exception {
        sandbox.reset();
        return Load.run(sender, messages, concurrency);
    }
}
