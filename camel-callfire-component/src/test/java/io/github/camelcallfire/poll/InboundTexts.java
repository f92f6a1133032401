package io.github.camelcallfire.poll;

import io.github.camelcallfire.http.CallfireHttpClient;
import io.github.camelcallfire.http.CallfireJson;
import io.github.camelcallfire.http.HttpSettings;
import io.github.camelcallfire.http.RetryPolicy;
import io.github.camelcallfire.model.ItemList;
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
        return find(pageSize, true);
    }

    /** The find of inbound or of outbound texts, {@code pageSize} items a page. */
    FindWalk find(long pageSize, boolean inbound) {
        CallfireOperation find = CallfireOperation.FIND_TEXTS;
        Object[] filters = new Object[find.params().size()];
        filters[find.indexOf("inbound")] = inbound;
        return new FindWalk(executor, find, filters, pageSize);
    }

    /** Sends one outbound text created at {@code created} (READY until the sandbox's action delay has passed). */
    long sendTextAt(long created) {
        sandbox.clock().set(created);
        CallfireOperation send = CallfireOperation.SEND_TEXTS;
        Object[] arguments = new Object[send.params().size()];
        ItemList<?> sent = (ItemList<?>) executor.execute(send, arguments,
                "[{\"phoneNumber\":\"" + HANDSET + "\",\"message\":\"at " + created + "\"}]").body();
        return FIELDS.id(sent.getItems().get(0));
    }

    /** Moves the sandbox clock to {@code now}; reads settle texts against it. */
    void clockAt(long now) {
        sandbox.clock().set(now);
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
