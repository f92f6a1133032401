package io.github.camelcallfire.send;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.http.CallfireApiException;
import io.github.camelcallfire.http.CallfireTransportException;
import io.github.camelcallfire.operation.CallfireOperation;
import io.github.camelcallfire.operation.OperationExecutor;
import io.github.camelcallfire.validation.InvalidRequestException;
import io.github.camelcallfire.validation.RecipientRules;
import io.github.camelcallfire.validation.ValueQuote;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.SynchronizationAdapter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * texts/send and calls/send for lists of any length, exactly once per recipient across redeliveries: every recipient
 * is checked before the first request; the list goes out in chunks of the largest size the API takes; after each
 * chunk CallFire accepted, the {@code CamelCallfireSendProgress} header (and an exchange property, which survives
 * {@code useOriginalMessage}) records it, so that a redelivery of the exchange sends only what has not gone out. A
 * chunk whose outcome is unknown stops the send with a {@link SendOutcomeUnknownException} and is never repeated on
 * its own.
 */
public final class ChunkedSend {

    /** The exchange property holding a send's {@link SendState} between deliveries. */
    public static final String STATE_PROPERTY = "CamelCallfireSendState";

    private static final int CALLS_PER_REQUEST = 10;
    private static final int TEXTS_PER_REQUEST = 1000;
    private static final String IDS_ONLY = "items(id)";

    private final OperationExecutor executor;
    private final ObjectMapper mapper;
    private final Map<CallfireOperation, ObjectReader> itemListReaders = new EnumMap<>(CallfireOperation.class);

    public ChunkedSend(OperationExecutor executor, ObjectMapper mapper) {
        this.executor = executor;
        this.mapper = mapper;
        for (CallfireOperation send : List.of(CallfireOperation.SEND_TEXTS, CallfireOperation.SEND_CALLS)) {
            itemListReaders.put(send, mapper.readerFor(send.result().javaType(mapper.getTypeFactory())));
        }
    }

    /** Whether the operation is one of the two sends handled here. */
    public static boolean handles(CallfireOperation operation) {
        return operation == CallfireOperation.SEND_TEXTS || operation == CallfireOperation.SEND_CALLS;
    }

    /** The largest number of recipients CallFire takes in one request of the operation. */
    public static int chunkSize(CallfireOperation operation) {
        return operation == CallfireOperation.SEND_CALLS ? CALLS_PER_REQUEST : TEXTS_PER_REQUEST;
    }

    /**
     * Sends the message's recipients and answers the result body. The option values in {@code arguments} are checked
     * already (as {@code EndpointOperation} does); the recipients and the list's message are checked here.
     *
     * @throws InvalidRequestException      when any recipient or option is wrong (nothing is sent then)
     * @throws CallfireApiException         when CallFire refused a chunk (it and the rest are not sent; a redelivery
     *                                      continues with it)
     * @throws SendOutcomeUnknownException  when a chunk's outcome is unknown
     * @throws CallfireTransportException   when a chunk was not sent, or was accepted with an unreadable answer
     */
    public Object send(Exchange exchange, CallfireOperation operation, Object[] arguments, SendResult mode,
                       StateRepository<String, String> repository) throws IOException {
        RecipientRules rules = new RecipientRules(operation, arguments);
        String defaultMessageProblem = rules.defaultMessageProblem(argument(operation, arguments, "defaultMessage"));
        if (defaultMessageProblem != null) {
            throw new InvalidRequestException(operation.operationId(), "defaultMessage", uri(operation)
                    + ": defaultMessage " + defaultMessageProblem.substring("message ".length())
                    + ". Nothing was sent.");
        }
        Message message = exchange.getMessage();
        SendState kept = exchange.getProperty(STATE_PROPERTY, SendState.class);
        SendState state = state(exchange, operation, arguments, rules, mode, message, kept,
                store(operation, message, repository));
        state.progressHeader |= kept != null;
        try {
            Object result = sendChunks(exchange, operation, arguments, mode, state);
            if (kept != null) {
                exchange.removeProperty(STATE_PROPERTY);
            }
            return result;
        } catch (Throwable failure) {
            // kept in the exchange only when the send did not finish: a redelivery continues from here
            exchange.setProperty(STATE_PROPERTY, state);
            throw failure;
        }
    }

    private Object sendChunks(Exchange exchange, CallfireOperation operation, Object[] arguments, SendResult mode,
                              SendState state) throws IOException {
        SendProgress progress = state.progress;
        if (progress.unknown() > 0) {
            throw new SendOutcomeUnknownException(uri(operation), progress, describe(state.recipients, progress),
                    null);
        }
        Object[] chunkArguments = idsOnly(operation, arguments, mode);
        int chunkSize = chunkSize(operation);
        // one buffer for all chunks of the send: a chunk's request is done before the next one is written
        ChunkBuffer body = new ChunkBuffer((int) Math.min(progress.recipients() - progress.sent(), chunkSize) * 64
                + 16);
        try (PreparedRecipients.Cursor cursor = state.recipients.open(progress.sent())) {
            while (progress.sent() < progress.recipients()) {
                body.reset();
                int count = writeChunk(cursor, body, chunkSize);
                SendResults.Chunk answer;
                long sentAt = System.currentTimeMillis();
                if (state.store.persistent()) {
                    state.store.save(progress.chunkUnknown(count, sentAt));
                }
                try {
                    answer = executor.sendJson(operation, chunkArguments, body.bytes(), body.size(),
                            state.results::read);
                } catch (CallfireApiException e) {
                    if (isOutcomeUnknown(e.getHttpStatus())) {
                        throw unknown(exchange, state, uri(operation), count, sentAt, e);
                    }
                    state.store.save(progress);
                    throw e;
                } catch (CallfireTransportException e) {
                    if (e.getStage() == CallfireTransportException.Stage.OUTCOME_UNKNOWN) {
                        throw unknown(exchange, state, uri(operation), count, sentAt, e);
                    }
                    record(exchange, state, e.getStage() == CallfireTransportException.Stage.ANSWER_UNREADABLE
                            ? progress.chunkSent(count) : progress, null);
                    throw e;
                }
                SendProgress sent = progress.chunkSent(count);
                if (sent.sent() < sent.recipients()) {
                    record(exchange, state, sent, answer);
                } else {
                    // the last chunk: the progress header would be removed right below, so it is not written
                    if (sent.sent() > state.progress.sent()) {
                        state.results.add(answer);
                    }
                    state.progress = sent;
                    state.store.save(sent);
                }
                progress = state.progress;
            }
        }
        if (state.progressHeader) {
            exchange.getMessage().removeHeader(CallfireConstants.SEND_PROGRESS);
        }
        return state.results.result(operation.operationId(), progress.recipients());
    }

    /**
     * The send's state: this exchange's from an earlier delivery of the same body, or new from the message body (then
     * a progress kept for the same list, or given in the header, is continued). It is put into the exchange only when
     * the send stops short ({@link #send}).
     */
    private SendState state(Exchange exchange, CallfireOperation operation, Object[] arguments, RecipientRules rules,
                            SendResult mode, Message message, SendState kept, ProgressStore store)
            throws IOException {
        Object body = message.getBody();
        if (kept != null && kept.body == body && kept.progress.operationId().equals(operation.operationId())) {
            return kept;
        }
        PreparedRecipients recipients = new RecipientReader(operation, rules, mapper)
                .prepare(body, argument(operation, arguments, "toNumber"));
        if (recipients instanceof SpooledRecipients spool) {
            exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                @Override
                public void onDone(Exchange done) {
                    spool.close();
                }
            });
        }
        SendProgress progress = SendProgress.start(operation.operationId(), recipients.count(), recipients.digest());
        SendResults results = new SendResults(mode, itemListReaders.get(operation));
        String header = message.getHeader(CallfireConstants.SEND_PROGRESS, String.class);
        SendProgress stored = store.load();
        if (kept != null && kept.progress.sameList(progress)) {
            progress = kept.progress;
            results = kept.results;
        } else if (header != null) {
            progress = continued(SendProgress.parse(header), progress, operation, "header "
                    + CallfireConstants.SEND_PROGRESS + " (" + header + ") belongs to another send", "remove the "
                    + "header to send this list from its start");
        } else if (stored != null) {
            progress = continued(stored, progress, operation, "send key " + ValueQuote.quote(store.key())
                    + " was used for another list (" + stored + ")", "give this list a key of its own in "
                    + CallfireConstants.SEND_KEY);
        }
        SendState state = new SendState(body, recipients, results, progress, store);
        state.progressHeader = header != null;
        return state;
    }

    /** {@code earlier}, when it is the progress of the same list as {@code fresh}; else refused with the fix. */
    private static SendProgress continued(SendProgress earlier, SendProgress fresh, CallfireOperation operation,
                                          String problem, String fix) {
        if (!earlier.sameList(fresh)) {
            throw new InvalidRequestException(operation.operationId(), CallfireConstants.SEND_PROGRESS, "callfire:"
                    + operation.uriPath() + ": " + problem + " than this message's " + fresh.recipients()
                    + " recipients (digest " + fresh.digest() + "); " + fix + ". Nothing was sent.");
        }
        return earlier;
    }

    /** The store of the exchange's send: the repository under the message's key, when the endpoint has one. */
    private static ProgressStore store(CallfireOperation operation, Message message,
                                       StateRepository<String, String> repository) {
        if (repository == null) {
            return ProgressStore.NONE;
        }
        String key = message.getHeader(CallfireConstants.SEND_KEY, String.class);
        if (key == null || key.isBlank()) {
            throw new InvalidRequestException(operation.operationId(), CallfireConstants.SEND_KEY, "callfire:"
                    + operation.uriPath() + " keeps the progress of sends in sendStateRepository, so each list needs "
                    + "a key that names it: set the " + CallfireConstants.SEND_KEY + " header (e.g. the campaign and "
                    + "the file name). Nothing was sent.");
        }
        return new ProgressStore(repository, operation.operationId() + ":" + key);
    }

    private int writeChunk(PreparedRecipients.Cursor cursor, ChunkBuffer body, int chunkSize)
            throws IOException {
        if (cursor instanceof ListRecipients.Elements elements && elements.numbersOnly()) {
            return elements.writeNumbers(body, chunkSize);
        }
        int count = 0;
        try (JsonGenerator generator = mapper.getFactory().createGenerator(body)) {
            generator.writeStartArray();
            while (count < chunkSize && cursor.writeNext(generator)) {
                count++;
            }
            generator.writeEndArray();
        }
        return count;
    }

    /** Records the progress after a chunk; {@code answer} is null when there is no answer to keep. */
    private static void record(Exchange exchange, SendState state, SendProgress progress, SendResults.Chunk answer) {
        if (progress.sent() > state.progress.sent()) {
            state.results.add(answer);
        }
        state.progress = progress;
        state.store.save(progress);
        state.progressHeader = true;
        exchange.getMessage().setHeader(CallfireConstants.SEND_PROGRESS, progress.toString());
    }

    private SendOutcomeUnknownException unknown(Exchange exchange, SendState state, String uri, int count, long sentAt,
                                                RuntimeException cause) throws IOException {
        state.progress = state.progress.chunkUnknown(count, sentAt);
        state.store.save(state.progress);
        state.progressHeader = true;
        exchange.getMessage().setHeader(CallfireConstants.SEND_PROGRESS, state.progress.toString());
        return new SendOutcomeUnknownException(uri, state.progress, describe(state.recipients, state.progress), cause);
    }

    /** The JSON of each recipient whose outcome is unknown: at most one chunk. */
    private List<String> describe(PreparedRecipients recipients, SendProgress progress) throws IOException {
        List<String> unknown = new ArrayList<>();
        try (PreparedRecipients.Cursor cursor = recipients.open(progress.sent())) {
            for (long i = 0; i < progress.unknown(); i++) {
                ByteArrayOutputStream json = new ByteArrayOutputStream(128);
                try (JsonGenerator generator = mapper.getFactory().createGenerator(json)) {
                    if (!cursor.writeNext(generator)) {
                        break;
                    }
                }
                unknown.add(json.toString(StandardCharsets.UTF_8));
            }
        }
        return unknown;
    }

    /**
     * 429 and 503 are refusals (CallFire did not process the chunk) and other 4xx are refusals too; any other 5xx may
     * come from a server or gateway that failed after the chunk was processed.
     */
    private static boolean isOutcomeUnknown(int status) {
        return status >= 500 && status != 503;
    }

    /* the summary needs no more of each text than its id; a fields option of the user's own is left alone */
    private static Object[] idsOnly(CallfireOperation operation, Object[] arguments, SendResult mode) {
        int fields = operation.indexOf("fields");
        if (mode == SendResult.FULL || arguments[fields] != null) {
            return arguments;
        }
        Object[] chunkArguments = arguments.clone();
        chunkArguments[fields] = IDS_ONLY;
        return chunkArguments;
    }

    /* only for messages: building it for every send showed up in profiles */
    private static String uri(CallfireOperation operation) {
        return "callfire:" + operation.uriPath() + " (" + operation.operationId() + ")";
    }

    private static Object argument(CallfireOperation operation, Object[] arguments, String name) {
        int index = operation.indexOf(name);
        return index < 0 ? null : arguments[index];
    }
}
