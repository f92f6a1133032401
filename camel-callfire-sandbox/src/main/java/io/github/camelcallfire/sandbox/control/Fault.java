package io.github.camelcallfire.sandbox.control;


import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One fault rule of {@code POST /sandbox/faults}: which requests it hits ({@code path} regex over the full path
 * such as {@code /v2/texts}, optional {@code method}), what it does (error {@code status} with optional
 * {@code Retry-After}, added {@code latencyMs}, a {@code drop}ped connection, a {@code malformed} body), how often
 * ({@code probability} 0..1, default 1), for how many requests ({@code count}; absent = until cleared) and when
 * ({@code phase}: {@link FaultPhase#BEFORE} the request is handled, the default, or {@link FaultPhase#AFTER} it was
 * handled successfully).
 */
public final class Fault extends RequestRule {

    private Integer status;
    private Integer retryAfterSeconds;
    private Integer latencyMs;
    private boolean drop;
    private boolean malformed;
    private Double probability;
    private Integer count;
    private FaultPhase phase = FaultPhase.BEFORE;

    @JsonIgnore
    private final LimitedUses uses = new LimitedUses();

    /** Checks the rule and prepares it; a rule that could never act is refused. */
    void validate(long assignedId) {
        assign(assignedId);
        if (status != null && (status < 100 || status > 599)) {
            throw new IllegalArgumentException("'status' must be an HTTP status between 100 and 599, got " + status);
        }
        if (probability != null && (probability < 0 || probability > 1)) {
            throw new IllegalArgumentException("'probability' must be between 0 and 1, got " + probability);
        }
        if (latencyMs != null && latencyMs < 0) {
            throw new IllegalArgumentException("'latencyMs' must not be negative, got " + latencyMs);
        }
        if (status == null && latencyMs == null && !drop && !malformed) {
            throw new IllegalArgumentException(
                    "a fault needs at least one effect: 'status', 'latencyMs', 'drop' or 'malformed'");
        }
        if (phase == null) {
            phase = FaultPhase.BEFORE;
        }
        uses.limitTo(count);
    }

    boolean matches(FaultPhase requestPhase, String requestMethod, String requestPath) {
        return phase == requestPhase && matches(requestMethod, requestPath);
    }

    /** Takes one use of the rule; false once its {@code count} is spent. */
    boolean consume() {
        return uses.consume();
    }

    boolean spent() {
        return uses.spent();
    }

    public Integer getStatus() {
        return status;
    }

    public void setStatus(Integer status) {
        this.status = status;
    }

    public Integer getRetryAfterSeconds() {
        return retryAfterSeconds;
    }

    public void setRetryAfterSeconds(Integer retryAfterSeconds) {
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Integer getLatencyMs() {
        return latencyMs;
    }

    public void setLatencyMs(Integer latencyMs) {
        this.latencyMs = latencyMs;
    }

    public boolean isDrop() {
        return drop;
    }

    public void setDrop(boolean drop) {
        this.drop = drop;
    }

    public boolean isMalformed() {
        return malformed;
    }

    public void setMalformed(boolean malformed) {
        this.malformed = malformed;
    }

    public Double getProbability() {
        return probability;
    }

    public void setProbability(Double probability) {
        this.probability = probability;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    public FaultPhase getPhase() {
        return phase;
    }

    /** {@code null} means the default, {@link FaultPhase#BEFORE}. */
    public void setPhase(FaultPhase phase) {
        this.phase = phase;
    }

    /** Uses left, or null when unlimited. */
    public Integer getRemaining() {
        return uses.remaining();
    }
}
