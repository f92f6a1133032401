package io.github.camelcallfire.benchmarks;

/**
 * How much work each scenario does. {@link #full()} is what the issue asks for and what docs/benchmarks.md reports;
 * {@link #smoke()} runs every scenario in seconds so that CI proves the harness still works.
 *
 * @param sendMessages        P1: single-recipient sends per iteration
 * @param bulkRecipients      P2: recipients sent as list bodies per iteration
 * @param singleSample        P2: recipients sent one request each, from which that rate is taken
 * @param storedFew           P3: texts stored in the small case
 * @param storedMany          P3: texts stored in the large case; P4 walks these
 * @param newPerPoll          P3: new inbound texts each poll picks up
 * @param capacityRequests    sandbox capacity: requests per iteration
 * @param capacityConcurrency sandbox capacity: parallel clients
 * @param warmups             unmeasured runs before each figure
 * @param bulkWarmups         P2: unmeasured rounds before its figures; its per-request code runs only 100 times a round, so
 *                            it needs more rounds than the others to be compiled
 * @param iterations          measured runs of each figure
 * @param pagingIterations    P4 and P5: child JVM runs (each walks every stored text, or sends every recipient)
 * @param largeRecipients     P5: recipients of the one send the -Xmx64m child makes
 */
public record Sizes(int sendMessages, int bulkRecipients, int singleSample, int storedFew, int storedMany,
                    int newPerPoll, int capacityRequests, int capacityConcurrency, int warmups, int bulkWarmups, int iterations,
                    int pagingIterations, int largeRecipients) {

    public static Sizes full() {
        return new Sizes(20_000, 100_000, 5_000, 1_000, 1_000_000, 100, 40_000, 32, 1, 8, 5, 2, 1_000_000);
    }

    public static Sizes smoke() {
        return new Sizes(200, 2_500, 100, 100, 3_000, 10, 400, 8, 0, 0, 1, 1, 3_000);
    }

    public static Sizes named(String name) {
        return switch (name) {
            case "full" -> full();
            case "smoke" -> smoke();
            default -> throw new IllegalArgumentException("Unknown benchmark size '" + name + "': use full or smoke");
        };
    }
}
