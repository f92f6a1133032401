package io.github.camelcallfire;

import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/** Options of the polling consumer ({@code from("callfire:texts/find?...")}); see docs/consumer.md. */
@UriParams
public class CallfireConsumerConfiguration {

    static final int DEFAULT_MAX_MESSAGES_PER_POLL = 1000;

    @UriParam(label = "consumer", description = "Where the consumer keeps its position (the last item emitted and "
            + "the ids emitted inside the look-back window), e.g. an io.github.camelcallfire.state."
            + "AtomicFileStateRepository, which survives a crash at any instant, or a shared repository when several "
            + "nodes run the route. Defaults to a MemoryStateRepository, which forgets the watermark when the JVM "
            + "stops.")
    @Metadata(autowired = false)
    private StateRepository<String, String> stateRepository;
    @UriParam(label = "consumer", description = "Key of this consumer's entry in the state repository. Defaults to the "
            + "api, method and filter options of the endpoint; set it when two routes consume the same find.")
    private String stateKey;
    @UriParam(label = "consumer", defaultValue = "NOW", description = "Where to begin when the state repository holds "
            + "nothing for this consumer yet: NOW (items created from the first start on), BEGINNING (every item the "
            + "find returns), or a point in time as epoch milliseconds or ISO-8601 (e.g. 2024-05-01T00:00:00Z). "
            + "A point in time needs a find that filters by creation time.")
    private String startFrom = "NOW";
    @UriParam(label = "consumer", defaultValue = "5000", javaType = "java.time.Duration", description = "Late-arrival "
            + "window in milliseconds: each find also covers this much time before the poll, so an item that becomes "
            + "visible after newer ones, up to this long after its creation time, is still emitted (once).")
    private long lookBackMs = 5000;
    @UriParam(label = "consumer", description = "For texts and calls: emit each one when it has reached a final state "
            + "(FINISHED, INVALID, DNC, ...) instead of when it is created - delivery tracking for outbound traffic.")
    private boolean emitFinalOnly;
    @UriParam(label = "consumer", defaultValue = "3600000", javaType = "java.time.Duration", description = "With "
            + "emitFinalOnly: how long, in milliseconds after its creation, a text or call may stay unfinished; after "
            + "that it is emitted in the state it has, so that it no longer holds the watermark back.")
    private long finalStateWaitMs = 3_600_000;
    @UriParam(label = "consumer", defaultValue = "1000", description = "Items requested per page while the consumer "
            + "walks the find (1 to 1000).")
    private long pageSize = 1000;
    @UriParam(label = "consumer", defaultValue = "1000", description = "Maximum number of items emitted per poll (0 or "
            + "negative: 1000); the rest follows with the next poll, oldest first. A poll holds no more items than "
            + "this in memory, however large the backlog.")
    private int maxMessagesPerPoll = DEFAULT_MAX_MESSAGES_PER_POLL;
    @UriParam(label = "consumer", defaultValue = "60000", javaType = "java.time.Duration", description = "Longest wait "
            + "in milliseconds between two polls while CallFire refuses the API credentials (HTTP 401 or 403). After "
            + "each refused poll the wait doubles, starting from the poll delay; the first successful poll returns to "
            + "the poll delay. 0 polls at the normal delay.")
    private long authFailureMaxBackoff = 60_000;
    @UriParam(label = "consumer", defaultValue = "10000", javaType = "java.time.Duration", description = "Longest wait "
            + "in milliseconds between two polls while polls fail for any other reason: CallFire answering with an "
            + "error (5xx, 429, 404, ...), timeouts, broken connections, unexpected exceptions and errors such as "
            + "OutOfMemoryError. After each failed poll the wait doubles, starting from the poll delay; the first "
            + "successful poll returns to the poll delay. 0 polls at the normal delay.")
    private long failureMaxBackoff = 10_000;

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public String getStateKey() {
        return stateKey;
    }

    public void setStateKey(String stateKey) {
        this.stateKey = stateKey;
    }

    public String getStartFrom() {
        return startFrom;
    }

    public void setStartFrom(String startFrom) {
        this.startFrom = startFrom;
    }

    public long getLookBackMs() {
        return lookBackMs;
    }

    public void setLookBackMs(long lookBackMs) {
        this.lookBackMs = lookBackMs;
    }

    public boolean isEmitFinalOnly() {
        return emitFinalOnly;
    }

    public void setEmitFinalOnly(boolean emitFinalOnly) {
        this.emitFinalOnly = emitFinalOnly;
    }

    public long getFinalStateWaitMs() {
        return finalStateWaitMs;
    }

    public void setFinalStateWaitMs(long finalStateWaitMs) {
        this.finalStateWaitMs = finalStateWaitMs;
    }

    public long getPageSize() {
        return pageSize;
    }

    public void setPageSize(long pageSize) {
        this.pageSize = pageSize;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public long getAuthFailureMaxBackoff() {
        return authFailureMaxBackoff;
    }

    public void setAuthFailureMaxBackoff(long authFailureMaxBackoff) {
        this.authFailureMaxBackoff = authFailureMaxBackoff;
    }

    public long getFailureMaxBackoff() {
        return failureMaxBackoff;
    }

    public void setFailureMaxBackoff(long failureMaxBackoff) {
        this.failureMaxBackoff = failureMaxBackoff;
    }
}
