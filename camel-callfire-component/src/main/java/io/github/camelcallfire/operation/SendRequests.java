package io.github.camelcallfire.operation;

import io.github.camelcallfire.model.ItemList;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conveniences of texts/send and calls/send: a String body is the message (text, or live message of a call) for
 * the numbers in {@code toNumber}; a Collection body may hold plain numbers or recipients; and a long list goes out in
 * as few requests as the API allows (10 recipients per call request, 1000 per text request), with the results
 * concatenated into one list.
 */
public final class SendRequests {

    private static final int CALLS_PER_REQUEST = 10;
    private static final int TEXTS_PER_REQUEST = 1000;

    private SendRequests() {
    }

    /** Whether the operation is one of the two send operations handled here. */
    public static boolean handles(CallfireOperation operation) {
        return operation == CallfireOperation.SEND_TEXTS || operation == CallfireOperation.SEND_CALLS;
    }

    public static CallfireResult send(OperationExecutor executor, CallfireOperation operation, Object[] arguments,
                                      Object body) {
        int toNumberIndex = operation.indexOf("toNumber");
        Object toNumber = arguments[toNumberIndex];
        List<Object> recipients = recipients(operation, toNumber, body);
        if (recipients == null) {
            return executor.execute(operation, arguments, body);
        }
        // all chunks are checked before the first goes out: a bad number in the last must not leave a half-sent list
        executor.validate(operation, arguments, recipients);
        int chunkSize = operation == CallfireOperation.SEND_CALLS ? CALLS_PER_REQUEST : TEXTS_PER_REQUEST;
        List<Object> sent = new ArrayList<>(recipients.size());
        CallfireResult last = null;
        for (int from = 0; from < recipients.size(); from += chunkSize) {
            List<Object> chunk = recipients.subList(from, Math.min(recipients.size(), from + chunkSize));
            last = executor.executeValidated(operation, arguments, chunk);
            if (last.body() instanceof ItemList<?> list && list.getItems() != null) {
                sent.addAll(list.getItems());
            }
        }
        if (last == null) {
            throw new IllegalArgumentException("callfire:" + operation.uriPath() + " got no recipients");
        }
        ItemList<Object> all = new ItemList<>();
        all.setItems(sent);
        return new CallfireResult(operation, last.status(), all, null);
    }

    /** The recipients to send in chunks, or null when the body goes out unchanged. */
    private static List<Object> recipients(CallfireOperation operation, Object toNumber, Object body) {
        if (body instanceof String message && toNumber != null) {
            List<Object> recipients = new ArrayList<>();
            ArgumentValues.forEachValue(toNumber, number -> recipients.add(recipient(operation, number, message)));
            return recipients;
        }
        if (body == null && toNumber != null) {
            List<Object> recipients = new ArrayList<>();
            ArgumentValues.forEachValue(toNumber, number -> recipients.add(recipient(operation, number, null)));
            return recipients;
        }
        if (toNumber != null) {
            throw new IllegalArgumentException("callfire:" + operation.uriPath() + ": toNumber only applies to a "
                    + "String body (the message) or an empty body, but the body is a " + body.getClass().getName());
        }
        if (body instanceof Collection<?> collection) {
            List<Object> recipients = new ArrayList<>(collection.size());
            for (Object element : collection) {
                recipients.add(element instanceof CharSequence number
                        ? recipient(operation, number.toString(), null) : element);
            }
            return recipients;
        }
        return null;
    }

    private static Map<String, Object> recipient(CallfireOperation operation, String number, String message) {
        Map<String, Object> recipient = new LinkedHashMap<>();
        recipient.put("phoneNumber", number);
        if (message != null) {
            recipient.put(operation == CallfireOperation.SEND_CALLS ? "liveMessage" : "message", message);
        }
        return recipient;
    }
}
