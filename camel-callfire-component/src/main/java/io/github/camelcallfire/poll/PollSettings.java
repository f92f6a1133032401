package io.github.camelcallfire.poll;

/** The consumer options the new-item rules depend on. */
public record PollSettings(StartFrom startFrom, long lookBackMs, boolean emitFinalOnly, long finalStateWaitMs) {
}
