package io.github.camelcallfire;

import io.github.camelcallfire.operation.CallfireOperation;
import io.github.camelcallfire.operation.OperationParam;
import io.github.camelcallfire.validation.ArgumentRules;
import io.github.camelcallfire.validation.RequiredOptions;
import org.apache.camel.Message;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An operation bound to the option values of one endpoint; per message, headers override those values. */
final class EndpointOperation {

    private static final String PREFIX = CallfireConstants.HEADER_PREFIX;

    private final CallfireOperation operation;
    private final Object[] endpointValues;
    private final UnknownHeaders unknownHeaders;
    /* the index of each option by its header's name as spelt, and in lower case: Camel matches headers in any case */
    private final Map<String, Integer> indexByHeader = new HashMap<>();
    private final Map<String, Integer> indexByLowerCaseHeader = new HashMap<>();
    /* the endpoint's own values need checking once, not per message (a twin operation's were not checked at start) */
    private volatile boolean endpointValuesChecked;

    EndpointOperation(CallfireOperation operation, CallfireOperationParameters parameters,
                      UnknownHeaders unknownHeaders) {
        this.operation = operation;
        this.unknownHeaders = unknownHeaders;
        List<OperationParam> params = operation.params();
        this.endpointValues = new Object[params.size()];
        for (int i = 0; i < endpointValues.length; i++) {
            endpointValues[i] = parameters.value(params.get(i).name());
            indexByHeader.put(params.get(i).headerName(), i);
            indexByLowerCaseHeader.put(params.get(i).headerName().toLowerCase(Locale.ROOT), i);
        }
    }

    CallfireOperation operation() {
        return operation;
    }

    /**
     * The argument values for this message, checked: a {@code CamelCallfire<Option>} header wins over the endpoint
     * option.
     *
     * @throws io.github.camelcallfire.validation.InvalidRequestException when a required option has neither, or a
     *                                                                    value is wrong
     */
    Object[] arguments(Message message) {
        if (!endpointValuesChecked) {
            ArgumentRules.checkGiven(operation, endpointValues);
            endpointValuesChecked = true;
        }
        Object[] arguments = endpointValues.clone();
        if (message.hasHeaders()) {
            // one pass over the message's (few) headers, instead of a case-insensitive lookup per option
            for (Map.Entry<String, Object> header : message.getHeaders().entrySet()) {
                String name = header.getKey();
                if (!name.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
                    continue;
                }
                Integer index = indexByHeader.get(name);
                if (index == null) {
                    index = indexByLowerCaseHeader.get(name.toLowerCase(Locale.ROOT));
                }
                if (index == null) {
                    unknownHeaders.warnAbout(name, operation);
                } else if (header.getValue() != null) {
                    ArgumentRules.checkGiven(operation, index, header.getValue());
                    arguments[index] = header.getValue();
                }
            }
        }
        RequiredOptions.check(operation, arguments);
        return arguments;
    }
}
