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
import org.apache.camel.Exchange;
import org.apache.camel.Message;
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
     * Sends the message's recipients and answers the result body.
     *
     * @throws InvalidRequestException      when any recipient or option is wrong (nothing is sent then)
     * @throws CallfireApiException         when CallFire refused a chunk (it and the rest are not sent; a redelivery
     *                                      continues with it)
     * @throws SendOutcomeUnknownException  when a chunk's outcome is unknown
     * @throws CallfireTransportException   when a chunk was not sent, or was accepted with an unreadable answer
     */
    public Object send(Exchange exchange, CallfireOperation operation, Object[] arguments, SendResult mode)
            throws IOException {
        String uri = "callfire:" + operation.uriPath() + " (" + operation.operationId() + ")";
        executor.validateArguments(operation, arguments);
        RecipientRules rules = new RecipientRules(operation, arguments);
        String defaultMessageProblem = rules.defaultMessageProblem(argument(operation, arguments, "defaultMessage"));
        if (defaultMessageProblem != null) {
            throw new InvalidRequestException(operation.operationId(), "defaultMessage", uri + ": defaultMessage "
                    + defaultMessageProblem.substring("message ".length()) + ". Nothing was sent.");
        }
        Message message = exchange.getMessage();
        SendState state = state(exchange, operation, arguments, mode, message);
        SendProgress progress = state.progress;
        if (progress.unknown() > 0) {
            throw new SendOutcomeUnknownException(uri, progress, describe(state.recipients, progress), null);
        }
        Object[] chunkArguments = idsOnly(operation, arguments, mode);
        int chunkSize = chunkSize(operation);
        try (PreparedRecipients.Cursor cursor = state.recipients.open(progress.sent())) {
            while (progress.sent() < progress.recipients()) {
                long left = progress.recipients() - progress.sent();
                ByteArrayOutputStream body = new ByteArrayOutputStream((int) Math.min(left, chunkSize) * 64 + 16);
                int count = writeChunk(cursor, body, chunkSize);
                SendResults.Chunk answer;
                try {
                    answer = executor.sendJson(operation, chunkArguments, body.toByteArray(), state.results::read);
                } catch (CallfireApiException e) {
                    if (isOutcomeUnknown(e.getHttpStatus())) {
                        throw unknown(exchange, state, uri, count, e);
                    }
                    throw e;
                } catch (CallfireTransportException e) {
                    if (e.getStage() == CallfireTransportException.Stage.OUTCOME_UNKNOWN) {
                        throw unknown(exchange, state, uri, count, e);
                    }
                    if (e.getStage() == CallfireTransportException.Stage.ANSWER_UNREADABLE) {
                        record(exchange, state, state.progress.chunkSent(count), null);
                    }
                    throw e;
                }
                record(exchange, state, progress.chunkSent(count), answer);
                progress = state.progress;
            }
        }
        message.removeHeader(CallfireConstants.SEND_PROGRESS);
        exchange.removeProperty(STATE_PROPERTY);
        return state.results.result(operation.operationId(), progress.recipients());
    }

    /**
     * The send's state: this exchange's from an earlier delivery of the same body, or new from the message body (then
     * a progress kept for the same list, or given in the header, is continued).
     */
    private SendState state(Exchange exchange, CallfireOperation operation, Object[] arguments, SendResult mode,
                            Message message) throws IOException {
        Object body = message.getBody();
        SendState kept = exchange.getProperty(STATE_PROPERTY, SendState.class);
        if (kept != null && kept.body == body && kept.progress.operationId().equals(operation.operationId())) {
            return kept;
        }
        PreparedRecipients recipients = new RecipientReader(operation, new RecipientRules(operation, arguments),
                mapper).prepare(body, argument(operation, arguments, "toNumber"));
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
        if (kept != null && kept.progress.sameList(progress)) {
            progress = kept.progress;
            results = kept.results;
        } else if (message.getHeader(CallfireConstants.SEND_PROGRESS) != null) {
            SendProgress given = SendProgress.parse(message.getHeader(CallfireConstants.SEND_PROGRESS, String.class));
            if (!given.sameList(progress)) {
                throw new InvalidRequestException(operation.operationId(), CallfireConstants.SEND_PROGRESS, "callfire:"
                        + operation.uriPath() + ": header " + CallfireConstants.SEND_PROGRESS + " (" + given + ") "
                        + "belongs to another send than this message's " + recipients.count() + " recipients (digest "
                        + recipients.digest() + "); remove the header to send this list from its start. Nothing was "
                        + "sent.");
            }
            progress = given;
        }
        SendState state = new SendState(body, recipients, results, progress);
        exchange.setProperty(STATE_PROPERTY, state);
        return state;
    }

    private int writeChunk(PreparedRecipients.Cursor cursor, ByteArrayOutputStream body, int chunkSize)
            throws IOException {
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

    private static void record(Exchange exchange, SendState state, SendProgress progress, SendResults.Chunk answer) {
        state.results.add(answer);
        state.progress = progress;
        exchange.getMessage().setHeader(CallfireConstants.SEND_PROGRESS, progress.toString());
    }

    private SendOutcomeUnknownException unknown(Exchange exchange, SendState state, String uri, int count,
                                                RuntimeException cause) throws IOException {
        state.progress = state.progress.chunkUnknown(count);
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

    private static Object argument(CallfireOperation operation, Object[] arguments, String name) {
        int index = operation.indexOf(name);
        return index < 0 ? null : arguments[index];
    }
}
