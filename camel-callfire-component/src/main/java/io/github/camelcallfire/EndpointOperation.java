package io.github.camelcallfire;

import io.github.camelcallfire.operation.CallfireOperation;
import io.github.camelcallfire.operation.OperationParam;
import io.github.camelcallfire.validation.RequiredOptions;
import org.apache.camel.Message;

import java.util.List;

/** An operation bound to the option values of one endpoint; per message, headers override those values. */
final class EndpointOperation {

    private final CallfireOperation operation;
    private final Object[] endpointValues;
    private final UnknownHeaders unknownHeaders;

    EndpointOperation(CallfireOperation operation, CallfireOperationParameters parameters,
                      UnknownHeaders unknownHeaders) {
        this.operation = operation;
        this.unknownHeaders = unknownHeaders;
        List<OperationParam> params = operation.params();
        this.endpointValues = new Object[params.size()];
        for (int i = 0; i < endpointValues.length; i++) {
            endpointValues[i] = parameters.value(params.get(i).name());
        }
    }

    CallfireOperation operation() {
        return operation;
    }

    /**
     * The argument values for this message: a {@code CamelCallfire<Option>} header wins over the endpoint option.
     *
     * @throws io.github.camelcallfire.validation.InvalidRequestException when a required option has neither
     */
    Object[] arguments(Message message) {
        Object[] arguments = endpointValues.clone();
        if (message.hasHeaders()) {
            unknownHeaders.warnAbout(message.getHeaders(), operation);
            List<OperationParam> params = operation.params();
            for (int i = 0; i < arguments.length; i++) {
                Object header = message.getHeader(params.get(i).headerName());
                if (header != null) {
                    arguments[i] = header;
                }
            }
        }
        RequiredOptions.check(operation, arguments);
        return arguments;
    }
}
