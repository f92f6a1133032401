package io.github.camelcallfire.benchmarks;

import io.github.camelcallfire.sandbox.CallfireSandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * P1 and the sandbox capacity: single-recipient sends through the raw client, camel-http, the component, the raw
 * client's call inside the component's route (Camel's floor) and the raw call through HttpClient's minimal client. Every
 * run starts on an emptied sandbox, and the three clients take turns within each iteration so that a change in the
 * machine's load during the run hits all of them alike. Beside throughput, each contender's calling threads report
 * their CPU time and allocated bytes per message.
 */
final class SendBenchmark {

    private interface SenderFactory {
        Sender open(String baseUrl, String username, String password, int connections) throws Exception;
    }

    private static final List<String> CONTENDERS = List.of("(a) raw HttpClient 5", "(b) camel-http route",
            "(c) callfire:texts/send", "(d) Camel route + (a)'s call", "(e) raw HttpClient 5, minimal client");

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
        Samples rate = figures(List.of(RawHttpSender::new), sizes.capacityRequests(), concurrency).get(0).rate();
        table.add("Sandbox", "capacity: POST /texts, raw client, concurrency " + concurrency, rate, "requests/s");
    }

    void perMessage() throws Exception {
        for (int concurrency : new int[] {1, 8}) {
            List<Figures> figures = figures(List.of(RawHttpSender::new, CamelHttpSender::new, CallfireSender::new,
                    CamelRoutedRawSender::new, RawHttpSender::minimal), sizes.sendMessages(), concurrency);
            String suffix = ", concurrency " + concurrency;
            for (int i = 0; i < CONTENDERS.size(); i++) {
                table.add("P1", CONTENDERS.get(i) + suffix, figures.get(i).rate(), "msgs/s");
            }
            for (int i = 0; i < CONTENDERS.size(); i++) {
                table.add("P1", CONTENDERS.get(i) + suffix + ": client CPU", figures.get(i).cpuMicros(), "µs CPU/msg");
            }
            for (int i = 0; i < CONTENDERS.size(); i++) {
                table.add("P1", CONTENDERS.get(i) + suffix + ": allocated", figures.get(i).bytes(), "bytes/msg");
            }
            Figures raw = figures.get(0);
            Figures camelHttp = figures.get(1);
            Figures callfire = figures.get(2);
            Figures camelFloor = figures.get(3);
            Figures rawMinimal = figures.get(4);
            table.atLeast("P1 (c)/(a)" + suffix, callfire.rate().median() / raw.rate().median(), 0.95);
            // no Camel component can beat (d): it is (a)'s call inside the same template call and route as (c)
            table.ratio("P1 (d)/(a), Camel's floor" + suffix, camelFloor.rate().median() / raw.rate().median());
            table.ratio("P1 (c)/(d)" + suffix, callfire.rate().median() / camelFloor.rate().median());
            // the component's API calls use the minimal client: (c)/(e) is what it keeps of that client's own limit
            table.ratio("P1 (c)/(e), raw minimal client" + suffix,
                    callfire.rate().median() / rawMinimal.rate().median());
            table.ratio("P1 (b)/(a)" + suffix, camelHttp.rate().median() / raw.rate().median());
            table.ratio("P1 client CPU per msg (c)/(a)" + suffix,
                    callfire.cpuMicros().median() / raw.cpuMicros().median());
            table.ratio("P1 allocated per msg (c)/(a)" + suffix, callfire.bytes().median() / raw.bytes().median());
        }
        // what (c) pays for Camel before the component runs: template, direct: route, exchange; no HTTP
        try (Sender camelAlone = new CamelAloneSender()) {
            Figures alone = Iterations.inTurns(sizes.warmups(), sizes.iterations(),
                    List.of(() -> Load.run(camelAlone, sizes.sendMessages(), 1))).get(0);
            String figure = "reference: Camel alone (template, direct: route, one header set; no HTTP), concurrency 1";
            table.add("P1", figure + ": client CPU", alone.cpuMicros(), "µs CPU/msg");
            table.add("P1", figure + ": allocated", alone.bytes(), "bytes/msg");
        }
    }

    /** Rate and cost of each sender, measured in turns. */
    private List<Figures> figures(List<SenderFactory> factories, int messages, int concurrency) throws Exception {
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

    private Measured measure(Sender sender, int messages, int concurrency) throws Exception {
        sandbox.reset();
        return Load.run(sender, messages, concurrency);
    }
}
