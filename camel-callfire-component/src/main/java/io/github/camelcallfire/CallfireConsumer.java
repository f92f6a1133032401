package io.github.camelcallfire;

import io.github.camelcallfire.model.Action;
import io.github.camelcallfire.operation.CallfireOperation;
import io.github.camelcallfire.operation.OperationParam;
import io.github.camelcallfire.poll.FindWalk;
import io.github.camelcallfire.poll.ItemFields;
import io.github.camelcallfire.poll.ItemHeaders;
import io.github.camelcallfire.poll.NewItemRule;
import io.github.camelcallfire.poll.NewItemRules;
import io.github.camelcallfire.poll.PollBackoff;
import io.github.camelcallfire.poll.PollFailedException;
import io.github.camelcallfire.poll.PollFailureKind;
import io.github.camelcallfire.poll.PollFailureLogger;
import io.github.camelcallfire.poll.PollSettings;
import io.github.camelcallfire.poll.SavedState;
import io.github.camelcallfire.poll.StartFrom;
import io.github.camelcallfire.poll.UnreadablePositionException;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.spi.ReactiveExecutor;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Polls a find operation and emits each new item once, oldest first, as its own exchange. What "new" means is decided
 * by a {@link NewItemRule} whose state is kept in a {@link StateRepository}; it moves forward only past exchanges
 * that completed, so a failed exchange stops the batch and its item comes again with the next poll.
 */
public class CallfireConsumer extends ScheduledBatchPollingConsumer {

    private static final List<String> MANAGED_OPTIONS = List.of("intervalBegin", "intervalEnd", "offset", "limit");

    private final CallfireEndpoint endpoint;
    private final CallfireConsumerConfiguration options;
    private final CallfireOperation operation;
    private final ItemFields fields;
    private final boolean byCreation;
    private final PollSettings settings;
    private final Object[] filters;
    /* held by a poll; stopping waits for it so the last completed item is saved before the repository stops */
    private final ReentrantLock pollLock = new ReentrantLock();
    private final PollBackoff backoff = new PollBackoff();
    private StateRepository<String, String> repository;
    private boolean ownsRepositoryLifecycle;
    private SavedState saved;
    private NewItemRule rule;
    private FindWalk walk;

    public CallfireConsumer(CallfireEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.options = endpoint.getConsumerConfiguration();
        this.operation = endpoint.getOperation();
        String name = "callfire:" + operation.uriPath();
        if (!operation.pageable()) {
            throw new IllegalArgumentException(name + " cannot be consumed: only find operations that return pages "
                    + "can, e.g. callfire:texts/find, callfire:calls/find, callfire:contacts/find");
        }
        this.fields = ItemFields.of(operation.result().type());
        if (!fields.hasId()) {
            throw new IllegalArgumentException(name + " cannot be consumed: its items ("
                    + fields.type().getSimpleName() + ") carry no id to tell new ones from those already emitted");
        }
        this.byCreation = operation.indexOf("intervalBegin") >= 0 && fields.hasCreated();
        for (String managed : MANAGED_OPTIONS) {
            if (endpoint.getParameters().value(managed) != null) {
                throw new IllegalArgumentException("Option " + managed + " cannot be set on a consumer (" + name
                        + "): the consumer sets it on each find; use pageSize, startFrom and lookBackMs instead");
            }
        }
        validateOptions(name);
        this.settings = new PollSettings(StartFrom.parse(options.getStartFrom()), options.getLookBackMs(),
                options.isEmitFinalOnly(), options.getFinalStateWaitMs());
        this.filters = filters(endpoint, operation);
        // a poll holds what it emits, so it always has a bound
        setMaxMessagesPerPoll(options.getMaxMessagesPerPoll() > 0
                ? options.getMaxMessagesPerPoll() : CallfireConsumerConfiguration.DEFAULT_MAX_MESSAGES_PER_POLL);
        // replaced by the endpoint when the route configures exceptionHandler or bridgeErrorHandler
        setExceptionHandler(new PollFailureLogger(LoggerFactory.getLogger(CallfireConsumer.class),
                getExceptionHandler()));
    }

    private void validateOptions(String name) {
        if (options.getPageSize() < 1 || options.getPageSize() > CallfireEndpoint.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("Option pageSize must be between 1 and " + CallfireEndpoint.MAX_PAGE_SIZE
                    + ", but was " + options.getPageSize());
        }
        requireNotNegative("lookBackMs", options.getLookBackMs());
        requireNotNegative("authFailureMaxBackoff", options.getAuthFailureMaxBackoff());
        requireNotNegative("failureMaxBackoff", options.getFailureMaxBackoff());
        if (options.isEmitFinalOnly() && !(byCreation && Action.class.isAssignableFrom(fields.type()))) {
            throw new IllegalArgumentException("Option emitFinalOnly applies to callfire:texts/find and "
                    + "callfire:calls/find, not to " + name);
        }
    }

    private static void requireNotNegative(String option, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("Option " + option + " must not be negative, but was " + value);
        }
    }

    private static Object[] filters(CallfireEndpoint endpoint, CallfireOperation operation) {
        List<OperationParam> params = operation.params();
        Object[] values = new Object[params.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = endpoint.getParameters().value(params.get(i).name());
        }
        return values;
    }

    @Override
    protected void doStart() throws Exception {
        repository = options.getStateRepository() != null ? options.getStateRepository() : new MemoryStateRepository();
        // started here (not earlier) so that a file-based repository is read when this node begins to poll
        ownsRepositoryLifecycle = !ServiceHelper.isStarted(repository);
        String key = options.getStateKey() != null ? options.getStateKey() : defaultStateKey();
        String name = "callfire:" + operation.uriPath();
        try {
            ServiceHelper.startService(repository);
        } catch (RuntimeException e) {
            throw UnreadablePositionException.repositoryFailed(name, repository, key, e);
        }
        saved = new SavedState(repository, key);
        String state = saved.read();
        try {
            rule = NewItemRules.restore(fields, byCreation, settings, state, System.currentTimeMillis());
        } catch (RuntimeException e) {
            // never a silent fresh start: that would skip or repeat items
            throw state == null ? e : UnreadablePositionException.undecodable(name, repository, key, state, e);
        }
        // the first start's startFrom=NOW is kept, so a restart before the first item leaves no gap
        saved.write(rule.encode());
        walk = new FindWalk(endpoint.getExecutor(), operation, filters, options.getPageSize());
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        pollLock.lock();
        try {
            if (ownsRepositoryLifecycle) {
                ServiceHelper.stopService(repository);
            }
        } finally {
            pollLock.unlock();
        }
    }

    /** E.g. {@code callfire:texts/find?inbound:true&toNumber:12135550100}, without credentials. */
    private String defaultStateKey() {
        StringBuilder key = new StringBuilder("callfire:").append(operation.uriPath());
        if (operation.broadcastType() != null) {
            key.append('/').append(operation.broadcastType());
        }
        char separator = '?';
        List<OperationParam> params = operation.params();
        for (int i = 0; i < params.size(); i++) {
            if (filters[i] != null) {
                // the file repository reserves '=' and line breaks
                String value = filters[i].toString().replaceAll("[=\\r\\n]", "_");
                key.append(separator).append(params.get(i).name()).append(':').append(value);
                separator = '&';
            }
        }
        return key.toString();
    }

    /**
     * Skips the scheduler's runs while the consumer backs off after failed polls; a skipped run leaves Camel's error
     * counter and last error as they are, so the health check stays DOWN until a poll succeeds.
     */
    @Override
    public void run() {
        if (!backoff.pollDue(System.nanoTime())) {
            return;
        }
        try {
            super.run();
        } catch (Error e) {
            // Camel logged it ("Fatal error occurred during running scheduled task") and rethrew it: a task that throws
            // is never run again by its ScheduledExecutorService, so polling would stop while the route shows Started.
            // Errors of the poll itself never get here (see poll()); this is for the poll strategy and the handlers.
            backoff.failed(delayMillis(), options.getFailureMaxBackoff(), System.nanoTime());
        }
    }

    @Override
    protected int poll() throws Exception {
        pollLock.lock();
        try {
            if (!isRunAllowed()) {
                return 0;
            }
            int emitted = pollOnce();
            backoff.succeeded();
            return emitted;
        } catch (Throwable e) {
            // an Error too: as an exception it is counted, reported by the health check and backed off like any other
            throw failed(e);
        } finally {
            pollLock.unlock();
        }
    }

    private int pollOnce() throws Exception {
        List<Object> due = rule.due(walk, System.currentTimeMillis(), maxMessagesPerPoll);
        saved.write(rule.encode());
        return processBatch(new ArrayDeque<>(due));
    }

    /** With sendEmptyMessageWhenIdle: an Error of the route that receives the empty message fails the poll likewise. */
    @Override
    protected void processEmptyMessage() throws Exception {
        try {
            super.processEmptyMessage();
        } catch (Error e) {
            throw failed(e);
        }
    }

    private PollFailedException failed(Throwable cause) {
        PollFailureKind kind = PollFailureKind.of(cause);
        long cap = kind == PollFailureKind.CREDENTIALS_REFUSED
                ? options.getAuthFailureMaxBackoff() : options.getFailureMaxBackoff();
        long wait = backoff.failed(delayMillis(), cap, System.nanoTime());
        return new PollFailedException(kind, "callfire:" + operation.uriPath(),
                endpoint.getConfiguration().getUsername(), cause, wait, Instant.now().plusMillis(wait));
    }

    private long delayMillis() {
        return getTimeUnit().toMillis(getDelay());
    }

    /** Details of the health check while the last poll failed: what failed, the HTTP status, the next poll. */
    @Override
    protected Map<String, Object> getLastErrorDetails() {
        return getLastError() instanceof PollFailedException failure
                ? failure.healthDetails() : super.getLastErrorDetails();
    }

    /**
     * After an Error in the route: Camel's bridge of sync processors catches Exceptions only and completes the failing
     * step in a finally, so the rest of the route is already queued on this thread as if that step had succeeded. Run
     * now, it sees the failed exchange and ends at once; left queued, the exchange stays in flight, and a graceful
     * shutdown waits for it until its timeout.
     */
    private void finishQueuedRouteWork() {
        ReactiveExecutor reactive = getEndpoint().getCamelContext().getCamelContextExtension().getReactiveExecutor();
        boolean ran;
        do {
            ran = reactive.executeFromQueue();
        } while (ran);
    }

    /** Processes the due items one by one, in order; the queue holds items, each becomes its own exchange. */
    @Override
    public int processBatch(Queue<Object> items) throws Exception {
        int total = items.size();
        int completed = 0;
        try {
            while (!items.isEmpty() && isBatchAllowed()) {
                Object item = items.poll();
                pendingExchanges = items.size();
                if (!process(item, completed, total)) {
                    break;
                }
                rule.completed(item);
                saved.write(rule.encode());
                completed++;
            }
        } finally {
            // left non-zero by a failure, graceful shutdown would wait for exchanges that will never come
            pendingExchanges = 0;
        }
        return completed;
    }

    private boolean process(Object item, int index, int total) {
        Exchange exchange = createExchange(false);
        exchange.getIn().setBody(item);
        ItemHeaders.apply(exchange.getIn(), item, fields);
        exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
        exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
        exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
        try {
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        } catch (Error e) {
            exchange.setException(e);
            finishQueuedRouteWork();
            throw e;
        }
        boolean completed = !exchange.isFailed() && !exchange.isRollbackOnly();
        if (exchange.getException() != null) {
            getExceptionHandler().handleException("Processing of callfire item " + fields.id(item)
                    + " failed; it is emitted again with the next poll", exchange, exchange.getException());
        }
        releaseExchange(exchange, false);
        return completed;
    }
}
