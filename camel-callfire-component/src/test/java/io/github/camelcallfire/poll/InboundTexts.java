package io.github.camelcallfire.poll;

import io.github.camelcallfire.http.CallfireHttpClient;
import io.github.camelcallfire.http.CallfireJson;
import io.github.camelcallfire.http.HttpSettings;
import io.github.camelcallfire.http.RetryPolicy;
import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.operation.CallfireOperation;
import io.github.camelcallfire.operation.OperationExecutor;
import io.github.camelcallfire.sandbox.CallfireSandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * The inbound-texts find of a consumer, walked against a sandbox whose clock the test sets, so that every text has
 * the creation time the test gives it: how the new-item rules are driven without a consumer's scheduling.
 */
final class InboundTexts implements AutoCloseable {

    static final ItemFields FIELDS = ItemFields.of(Text.class);
    static final String OUR_NUMBER = "12135550100";
    static final String HANDSET = "13105550111";

    private final CallfireSandbox sandbox;
    private final CallfireHttpClient http;
    private final OperationExecutor executor;

    InboundTexts(CallfireSandbox sandbox) {
        this.sandbox = sandbox;
        http = new CallfireHttpClient(new HttpSettings(5_000, 10_000, 5_000, 4, null, null, null, null, null,
                new RetryPolicy(0, 0, 0, 0), 0, false), "camel-callfire-test", null);
        executor = new OperationExecutor(http, sandbox.baseUrl(), sandbox.username(), sandbox.password(),
                CallfireJson.newObjectMapper());
    }

    /** The find with {@code inbound=true}, {@code pageSize} items a page. */
    FindWalk find(long pageSize) {
        CallfireOperation find = CallfireOperation.FIND_TEXTS;
        Object[] filters = new Object[find.params().size()];
        filters[find.indexOf("inbound")] = true;
        return new FindWalk(executor, find, filters, pageSize);
    }

    /** Injects one inbound text created at {@code created}; returns its id. */
    long textAt(long created) {
        sandbox.clock().set(created);
        return sandbox.injectInboundText(HANDSET, OUR_NUMBER, "at " + created);
    }

    /** Injects {@code count} texts created at {@code created}; returns their ids. */
    List<Long> textsAt(long created, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(textAt(created));
        }
        return ids;
    }

    static List<Long> ids(List<Object> items) {
        return items.stream().map(FIELDS::id).toList();
    }

    @Override
    public void close() {
        http.close();
    }
}
