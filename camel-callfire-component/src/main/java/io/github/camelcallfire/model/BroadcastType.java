package io.github.camelcallfire.model;

/** Selects which kind of broadcast the shared broadcast operations address. */
public enum BroadcastType {
    /** Text broadcasts, under {@code /texts/broadcasts}. */
    TEXT,
    /** Voice broadcasts, under {@code /calls/broadcasts}. */
    CALL
}
