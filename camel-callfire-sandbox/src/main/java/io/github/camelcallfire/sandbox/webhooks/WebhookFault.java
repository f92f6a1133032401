package io.github.camelcallfire.sandbox.webhooks;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.github.camelcallfire.sandbox.control.FaultPhase;
import io.github.camelcallfire.sandbox.control.LimitedUses;

/**
 * One rule of {@code POST /sandbox/webhook-faults}: which delivery attempts it hits (optional {@code webhookId},
 * optional {@code callback} regular expression over the callback URL), what it does (the attempt fails as if the
 * receiver answered {@code status}, or as a {@code timeout}), when ({@code phase}: {@code "before"} the POST is sent,
 * so the receiver gets nothing, the default; {@code "after"} the receiver got it and answered, the answer is then
 * taken as lost) and for how many attempts ({@code count}; absent = until cleared).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class WebhookFault {

    private long id;
    private Long webhookId;
    private String callback;
    private Integer status;
    private boolean timeout;
    private Integer count;
    private FaultPhase phase = FaultPhase.BEFORE;

    @JsonIgnore
    private Pattern compiled;
    @JsonIgnore
    private final LimitedUses uses = new LimitedUses();

    /** Checks and prepares the rule; a rule that could never act is refused. */
    void validate(long assignedId) {
        this.id = assignedId;
        try {
            compiled = callback == null ? null : Pattern.compile(callback);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'callback' is not a valid regular expression: " + e.getMessage());
        }
        if (status != null && (status < 100 || status > 599)) {
            throw new IllegalArgumentException("'status' must be an HTTP status between 100 and 599, got " + status);
        }
        if (status != null && status >= 200 && status < 300) {
            throw new IllegalArgumentException("'status' must be a failure (not 2xx), got " + status);
        }
        if (status == null && !timeout) {
            throw new IllegalArgumentException("a webhook fault needs an effect: 'status' (a non-2xx answer) or "
                    + "'timeout': true");
        }
        if (status != null && timeout) {
            throw new IllegalArgumentException("give either 'status' or 'timeout', not both");
        }
        if (phase == null) {
            phase = FaultPhase.BEFORE;
        }
        uses.limitTo(count);
    }

    boolean matches(FaultPhase attemptPhase, long hookId, String url) {
        return phase == attemptPhase && (webhookId == null || webhookId == hookId)
                && (compiled == null || compiled.matcher(url).matches());
    }

    /** Takes one use of the rule; false once its {@code count} is spent. */
    boolean consume() {
        return uses.consume();
    }

    boolean spent() {
        return uses.spent();
    }

    /** What the attempt's record says about the injected failure. */
    String describe() {
        return timeout ? "injected timeout (webhook fault " + id + ")" : "injected HTTP " + status
                + " (webhook fault " + id + ")";
    }

    public long getId() {
        return id;
    }

    public Long getWebhookId() {
        return webhookId;
    }

    public void setWebhookId(Long webhookId) {
        this.webhookId = webhookId;
    }

    public String getCallback() {
        return callback;
    }

    public void setCallback(String callback) {
        this.callback = callback;
    }

    public Integer getStatus() {
        return status;
    }

    public void setStatus(Integer status) {
        this.status = status;
    }

    public boolean isTimeout() {
        return timeout;
    }

    public void setTimeout(boolean timeout) {
        this.timeout = timeout;
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

    public void setPhase(FaultPhase phase) {
        this.phase = phase;
    }

    /** Uses left, or null when unlimited. */
    public Integer getRemaining() {
        return uses.remaining();
    }
}
