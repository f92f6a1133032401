package io.github.camelcallfire.sandbox.numbers;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcallfire.sandbox.http.Json;

/**
 * One leased keyword on the shared short code; the opt-in settings, labels and autoRenew can change. As on live
 * CallFire, a lease whose autoRenew is off is {@code PENDING} (it runs out at {@code leaseEnd}); turning autoRenew
 * back on makes it {@code ACTIVE} again.
 */
public final class KeywordLease {

    private final String keyword;
    private final long sequence;
    private final long leaseBegin;
    private final long leaseEnd;
    private boolean autoRenew = true;
    private List<String> labels = List.of();
    private Long contactListId;
    private boolean doubleOptInEnabled;
    private String optInConfirmationMessage;

    KeywordLease(String keyword, long sequence, long leaseBegin) {
        this.keyword = keyword;
        this.sequence = sequence;
        this.leaseBegin = leaseBegin;
        this.leaseEnd = LeaseTerms.leaseEnd(leaseBegin);
    }

    public String keyword() {
        return keyword;
    }

    long sequence() {
        return sequence;
    }

    /** {@code ACTIVE} while the lease renews itself, {@code PENDING} once autoRenew is off. */
    public synchronized String status() {
        return autoRenew ? "ACTIVE" : "PENDING";
    }

    public synchronized List<String> labels() {
        return labels;
    }

    /** Applies a PUT body; every field is checked before anything changes. */
    synchronized void update(BodyFields fields) {
        Optional<Boolean> newAutoRenew = fields.bool("autoRenew");
        Optional<List<String>> newLabels = fields.texts("labels");
        Optional<Long> newContactListId = fields.number("contactListId");
        Optional<Boolean> newDoubleOptIn = fields.bool("doubleOptInEnabled");
        Optional<String> newConfirmation = fields.text("optInConfirmationMessage");
        newAutoRenew.ifPresent(v -> autoRenew = v);
        newLabels.ifPresent(v -> labels = List.copyOf(v));
        newContactListId.ifPresent(v -> contactListId = v);
        newDoubleOptIn.ifPresent(v -> doubleOptInEnabled = v);
        newConfirmation.ifPresent(v -> optInConfirmationMessage = v);
    }

    /** The CallFire KeywordLease JSON; {@code shortCode} is the deprecated twin of {@code number}. */
    public synchronized ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("keyword", keyword);
        json.put("number", LeaseTerms.SHORT_CODE);
        json.put("shortCode", LeaseTerms.SHORT_CODE);
        json.put("leaseBegin", leaseBegin);
        json.put("leaseEnd", leaseEnd);
        json.put("autoRenew", autoRenew);
        json.put("status", status());
        json.put("type", "EXTRA");
        labels.forEach(json.putArray("labels")::add);
        if (contactListId != null) {
            json.put("contactListId", contactListId);
        }
        json.put("doubleOptInEnabled", doubleOptInEnabled);
        if (optInConfirmationMessage != null) {
            json.put("optInConfirmationMessage", optInConfirmationMessage);
        }
        return json;
    }
}
