package io.github.camelcallfire.consumer;

import io.github.camelcallfire.CallfireConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Records every exchange a consumer emitted, by item id, in arrival order; shareable between Camel contexts. */
final class EmittedItems implements Processor {

    private final Map<Long, Integer> counts = new ConcurrentHashMap<>();
    private final List<Long> order = new CopyOnWriteArrayList<>();
    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

    @Override
    public void process(Exchange exchange) {
        Long id = exchange.getMessage().getHeader(CallfireConstants.ITEM_ID, Long.class);
        counts.merge(id, 1, Integer::sum);
        order.add(id);
        exchanges.add(exchange.copy());
    }

    int distinct() {
        return counts.size();
    }

    int timesEmitted(long id) {
        return counts.getOrDefault(id, 0);
    }

    List<Long> order() {
        return List.copyOf(order);
    }

    List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    /** Every expected id, nothing else, none more than twice and at most {@code repeats} of them twice. */
    void assertEachOnceBut(int repeats, List<Long> expected) {
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(counts.values()).allMatch(count -> count <= 2);
        assertThat(counts.values().stream().mapToInt(count -> count - 1).sum()).isLessThanOrEqualTo(repeats);
    }

    /** Every expected id exactly once, and nothing else. */
    void assertEachExactlyOnce(List<Long> expected) {
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(counts.values()).allMatch(count -> count == 1);
    }
}
