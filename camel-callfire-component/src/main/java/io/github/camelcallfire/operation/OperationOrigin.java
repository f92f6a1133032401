package io.github.camelcallfire.operation;

/** Whether an operation is one of the 102 operations of the seed specification or an extra one we added. */
public enum OperationOrigin {
    SEED,
    EXTRA
}
