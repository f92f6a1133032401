package io.github.camelcallfire.sandbox.contacts;

/** A CallFire DoNotContact entry of this account; immutable, replaced on update. */
public record DoNotContact(String number, Boolean call, Boolean text, Boolean inboundCall, Boolean inboundText,
                           String source, Long campaignId, Long created) {

    public boolean blocksCall() {
        return Boolean.TRUE.equals(call);
    }

    public boolean blocksText() {
        return Boolean.TRUE.equals(text);
    }

    /** This entry with every flag or source that {@code changes} sets; number, campaign and creation stay. */
    public DoNotContact merge(DoNotContact changes) {
        return new DoNotContact(number,
                changes.call != null ? changes.call : call,
                changes.text != null ? changes.text : text,
                changes.inboundCall != null ? changes.inboundCall : inboundCall,
                changes.inboundText != null ? changes.inboundText : inboundText,
                changes.source != null ? changes.source : source,
                campaignId, created);
    }
}
