package io.github.camelcallfire.sandbox.numbers;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.state.SandboxState;

/** The account's leased numbers and their configurations. Numbers are leased only through orders. */
public final class NumberLeaseStore {

    private final Map<String, NumberLease> leases = new ConcurrentSkipListMap<>();
    private final Map<String, ObjectNode> configs = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    /** The signature {@link SandboxState#store} creates stores with; a new account leases nothing. */
    public NumberLeaseStore(SandboxState state) {
    }

    public boolean isLeased(String number) {
        return leases.containsKey(number);
    }

    /** Catalog numbers not leased yet, in catalog order. */
    public Stream<AvailableNumber> available(List<AvailableNumber> catalog) {
        return catalog.stream().filter(n -> !isLeased(n.number()));
    }

    /** Leases a catalog number; callers (the order desk) made sure it is available. */
    NumberLease lease(AvailableNumber number, long now) {
        NumberLease lease = new NumberLease(number, sequence.incrementAndGet(), now);
        if (leases.putIfAbsent(number.number(), lease) != null) {
            throw new IllegalStateException("number " + number.number() + " is leased already");
        }
        configs.put(number.number(), NumberConfigs.initial(number.number()));
        return lease;
    }

    /** The lease of a number; 404 when the account does not lease it. */
    public NumberLease get(String number) {
        NumberLease lease = leases.get(number);
        if (lease == null) {
            throw ApiError.notFound("Number lease", number);
        }
        return lease;
    }

    /** Leases matching the filters, newest first. */
    public List<NumberLease> find(RegionQuery region, String labelName, Boolean tollFree) {
        return leases.values().stream()
                .filter(l -> region.matches(l.number(), l.region()))
                .filter(l -> labelName == null || l.labels().contains(labelName))
                .filter(l -> tollFree == null || l.tollFree() == tollFree)
                .sorted(Comparator.comparingLong(NumberLease::sequence).reversed())
                .toList();
    }

    public void update(String number, JsonNode body) {
        NumberLease lease = get(number);
        BodyFields fields = BodyFields.of(body);
        lease.update(fields.bool("autoRenew").orElse(null), fields.texts("labels").orElse(null),
                fields.oneOf("callFeatureStatus", "ENABLED", "DISABLED").orElse(null),
                fields.oneOf("textFeatureStatus", "ENABLED", "DISABLED").orElse(null));
    }

    /** The configuration of a leased number; 404 when the account does not lease it. */
    public ObjectNode config(String number) {
        get(number);
        return configs.get(number).deepCopy();
    }

    public void updateConfig(String number, JsonNode body) {
        get(number);
        configs.put(number, NumberConfigs.fromRequest(number, body));
    }
}
