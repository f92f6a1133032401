package io.github.camelcallfire.operation;

import io.github.camelcallfire.send.ChunkedSend;

import java.util.Comparator;
import java.util.List;

/** Renders docs/operations.md from the operation table. */
final class OperationsMarkdown {

    private OperationsMarkdown() {
    }

    static String render() {
        StringBuilder doc = new StringBuilder();
        doc.append("# CallFire operations\n\n")
                .append("Every operation of the CallFire REST API v2 seed specification (102 rows), then the extra "
                        + "operations the component adds.\n")
                .append("Generated from `CallfireOperation` by `OperationsDocumentationTest`: do not edit by hand.\n\n")
                .append("Broadcast operations default to `broadcastType=TEXT`, or to the one type they exist for "
                        + "(`get-calls`: CALL, `get-texts`: TEXT). Each option can also come from its "
                        + "`CamelCallfire<Option>` header. Options in parentheses are required by every request: in "
                        + "the URI or, per message, as that header (a consumer has no message, so it needs them in "
                        + "the URI).\n\n")
                .append("| operationId | URI | HTTP | body | result | options |\n")
                .append("|---|---|---|---|---|---|\n");
        List<CallfireOperation> operations = CallfireOperation.all().stream()
                .sorted(Comparator.comparing(CallfireOperation::origin))
                .toList();
        for (CallfireOperation operation : operations) {
            doc.append("| ").append(operation.operationId())
                    .append(" | `").append(uri(operation)).append('`')
                    .append(" | ").append(operation.httpMethod()).append(' ').append(operation.pathTemplate())
                    .append(" | ").append(code(operation.body().describe()))
                    .append(" | ").append(result(operation))
                    .append(" | ").append(options(operation))
                    .append(" |\n");
        }
        return doc.toString();
    }

    private static String code(String text) {
        return text.isEmpty() ? "-" : "`" + text + "`";
    }

    /* what the message body becomes: the API's answer, except for the sends, which keep a summary by default */
    private static String result(CallfireOperation operation) {
        String answer = code(operation.result().describe());
        return ChunkedSend.handles(operation) ? "`SendSummary`; " + answer + " with sendResult=FULL" : answer;
    }

    private static String uri(CallfireOperation operation) {
        String uri = "callfire:" + operation.uriPath();
        return operation.broadcastType() == io.github.camelcallfire.model.BroadcastType.CALL
                ? uri + "?broadcastType=CALL" : uri;
    }

    private static String options(CallfireOperation operation) {
        StringBuilder options = new StringBuilder();
        for (OperationParam param : operation.params()) {
            if (options.length() > 0) {
                options.append(", ");
            }
            options.append(param.required() ? "(" + param.name() + ")" : param.name());
        }
        if (operation.pageable()) {
            options.append(", autoPaginate");
        }
        if (ChunkedSend.handles(operation)) {
            options.append(", sendResult");
        }
        return options.toString();
    }
}
