package io.github.camelcallfire.validation;

/**
 * A request refused before it was sent: the message says which operation, which value and how to fix it. Being an
 * {@link IllegalArgumentException}, it is never worth a redelivery; route it to a dead letter channel instead.
 */
public class InvalidRequestException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String operationId;
    private final String parameter;

    public InvalidRequestException(String operationId, String parameter, String message) {
        super(message);
        this.operationId = operationId;
        this.parameter = parameter;
    }

    /** The CallFire operationId, e.g. sendTexts. */
    public String getOperationId() {
        return operationId;
    }

    /** The option, header or body field that was wrong, e.g. toNumber or body. */
    public String getParameter() {
        return parameter;
    }
}
