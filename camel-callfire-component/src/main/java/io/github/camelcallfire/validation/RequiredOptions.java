package io.github.camelcallfire.validation;

import io.github.camelcallfire.operation.CallfireOperation;
import io.github.camelcallfire.operation.OperationParam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Refuses a request whose required options (the path parameters) have no value. A producer takes them from the
 * endpoint URI or, per message, from their headers, so they can only be checked once the message is known; without
 * this check the request would go out for the resource "null".
 */
public final class RequiredOptions {

    /* what each option that some operation requires stands for, so the message says what to set, not just a name */
    private static final Map<String, String> MEANINGS = Map.ofEntries(
            Map.entry("id", "the id of the resource to work on, plain digits such as 4096"),
            Map.entry("contactId", "the id of the contact, plain digits such as 4096"),
            Map.entry("name", "the name of the recording"),
            Map.entry("number", "the phone number to work on, 11 digits such as 12135551100"),
            Map.entry("toNumber", "the phone number to look up, 11 digits such as 12135551100"),
            Map.entry("callerid", "the caller id to verify, 11 digits such as 12135551100"),
            Map.entry("keyword", "the keyword, e.g. SHOP"),
            Map.entry("source", "the name of the do-not-contact source"),
            Map.entry("key", "the public key of the media file"),
            Map.entry("extension", "the file extension, e.g. png"),
            Map.entry("resource", "the webhook resource type, e.g. InboundText"));

    static {
        for (CallfireOperation operation : CallfireOperation.values()) {
            for (OperationParam param : operation.params()) {
                if (param.required() && !MEANINGS.containsKey(param.name())) {
                    throw new IllegalStateException(operation.operationId() + " requires " + param.name()
                            + ", which RequiredOptions cannot explain yet: add it to MEANINGS");
                }
            }
        }
    }

    private RequiredOptions() {
    }

    /**
     * @param arguments indexed like {@link CallfireOperation#params()}; null means not given
     * @throws InvalidRequestException naming every missing option, its header and what it stands for
     */
    public static void check(CallfireOperation operation, Object[] arguments) {
        List<OperationParam> params = operation.params();
        List<OperationParam> missing = null;
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).required() && arguments[i] == null) {
                if (missing == null) {
                    missing = new ArrayList<>(2);
                }
                missing.add(params.get(i));
            }
        }
        if (missing != null) {
            throw missing(operation, missing);
        }
    }

    private static InvalidRequestException missing(CallfireOperation operation, List<OperationParam> missing) {
        String options = missing.stream()
                .map(param -> param.name() + " or " + param.headerName() + " (" + MEANINGS.get(param.name()) + ")")
                .collect(Collectors.joining(" and "));
        boolean one = missing.size() == 1;
        return new InvalidRequestException(operation.operationId(), missing.get(0).name(), "callfire:"
                + operation.uriPath() + " (" + operation.operationId() + "): set " + options + ". "
                + (one ? "It is" : "They are") + " required, and neither the endpoint URI nor a message header gives "
                + (one ? "it" : "them") + ".");
    }
}
