package io.github.camelcallfire.sandbox.numbers;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcallfire.sandbox.http.Json;

/** One leased number. Only {@code autoRenew}, labels and the feature switches change after the order. */
public final class NumberLease {

    private final AvailableNumber number;
    private final long sequence;
    private final long leaseBegin;
    private final long leaseEnd;
    private boolean autoRenew = true;
    private List<String> labels = List.of();
    private String callFeatureStatus = "ENABLED";
    private String textFeatureStatus = "ENABLED";

    NumberLease(AvailableNumber number, long sequence, long leaseBegin) {
        this.number = number;
        this.sequence = sequence;
        this.leaseBegin = leaseBegin;
        this.leaseEnd = LeaseTerms.leaseEnd(leaseBegin);
    }

    public String number() {
        return number.number();
    }

    public boolean tollFree() {
        return number.tollFree();
    }

    public Region region() {
        return number.region();
    }

    /** Order of leasing, for newest-first listings. */
    long sequence() {
        return sequence;
    }

    public synchronized List<String> labels() {
        return labels;
    }

    synchronized void update(Boolean autoRenew, List<String> labels, String callFeatureStatus,
                             String textFeatureStatus) {
        if (autoRenew != null) {
            this.autoRenew = autoRenew;
        }
        if (labels != null) {
            this.labels = List.copyOf(labels);
        }
        if (callFeatureStatus != null) {
            this.callFeatureStatus = callFeatureStatus;
        }
        if (textFeatureStatus != null) {
            this.textFeatureStatus = textFeatureStatus;
        }
    }

    /** The CallFire NumberLease JSON. */
    public synchronized ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("number", number.number());
        json.put("nationalFormat", number.nationalFormat());
        json.put("tollFree", number.tollFree());
        if (number.region() != null) {
            json.set("region", Json.MAPPER.valueToTree(number.region()));
        }
        json.put("leaseBegin", leaseBegin);
        json.put("leaseEnd", leaseEnd);
        json.put("autoRenew", autoRenew);
        json.put("status", "ACTIVE");
        json.put("callFeatureStatus", callFeatureStatus);
        json.put("textFeatureStatus", textFeatureStatus);
        labels.forEach(json.putArray("labels")::add);
        json.put("type", "EXTRA");
        return json;
    }
}
