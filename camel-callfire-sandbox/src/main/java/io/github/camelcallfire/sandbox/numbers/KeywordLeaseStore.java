package io.github.camelcallfire.sandbox.numbers;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.http.Json;
import io.github.camelcallfire.sandbox.state.SandboxState;

/** The account's keyword leases (keys in canonical upper case) and their inbound-text configurations. */
public final class KeywordLeaseStore {

    private final Map<String, KeywordLease> leases = new ConcurrentSkipListMap<>();
    private final Map<String, ObjectNode> configs = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    /** The signature {@link SandboxState#store} creates stores with; a new account leases no keyword. */
    public KeywordLeaseStore(SandboxState state) {
    }

    /** Whether the keyword can be bought: well-formed (else 400), not reserved, not held by anyone. */
    public boolean isAvailable(String keyword) {
        String canonical = KeywordRules.canonical(keyword);
        return KeywordRules.leasable(canonical) && !leases.containsKey(canonical);
    }

    /** Leases an available keyword; callers (the order desk) checked availability. */
    KeywordLease lease(String canonicalKeyword, long now) {
        KeywordLease lease = new KeywordLease(canonicalKeyword, sequence.incrementAndGet(), now);
        if (leases.putIfAbsent(canonicalKeyword, lease) != null) {
            throw new IllegalStateException("keyword " + canonicalKeyword + " is leased already");
        }
        return lease;
    }

    /** The lease of a keyword (any case); 404 when the account does not hold it. */
    public KeywordLease get(String keyword) {
        KeywordLease lease = leases.get(keyword.toUpperCase(Locale.ROOT));
        if (lease == null) {
            throw ApiError.notFound("Keyword lease", keyword);
        }
        return lease;
    }

    /** Leases whose keyword contains {@code filter} (case-insensitive) and that carry the label, newest first. */
    public List<KeywordLease> find(String filter, String labelName) {
        String needle = filter == null ? null : filter.toUpperCase(Locale.ROOT);
        return leases.values().stream()
                .filter(l -> needle == null || l.keyword().contains(needle))
                .filter(l -> labelName == null || l.labels().contains(labelName))
                .sorted(Comparator.comparingLong(KeywordLease::sequence).reversed())
                .toList();
    }

    public void update(String keyword, JsonNode body) {
        get(keyword).update(BodyFields.of(body));
    }

    /** KeywordConfig of a leased keyword: {@code {keyword, textInboundConfig}}. */
    public ObjectNode config(String keyword) {
        KeywordLease lease = get(keyword);
        ObjectNode config = configs.get(lease.keyword());
        if (config != null) {
            return config.deepCopy();
        }
        ObjectNode initial = Json.object();
        initial.put("keyword", lease.keyword());
        initial.putObject("textInboundConfig").put("forwardEnabled", false);
        return initial;
    }

    public List<ObjectNode> configs(String filter, String labelName) {
        return find(filter, labelName).stream().map(l -> config(l.keyword())).toList();
    }

    public void updateConfig(String keyword, JsonNode body) {
        KeywordLease lease = get(keyword);
        BodyFields fields = BodyFields.of(body);
        JsonNode inbound = fields.object("textInboundConfig").orElseThrow(() ->
                ApiError.badRequest("'textInboundConfig' is required: {forwardEnabled, forwardNumber}"));
        BodyFields inboundFields = BodyFields.of(inbound);
        boolean forward = inboundFields.bool("forwardEnabled").orElse(false);
        String forwardNumber = inboundFields.text("forwardNumber").orElse(null);
        if (forwardNumber != null && !forwardNumber.matches("1?\\d{10}")) {
            throw ApiError.badRequest("'textInboundConfig.forwardNumber' must be a phone number of 10 or 11 digits, "
                    + "got '" + forwardNumber + "'");
        }
        if (forward && forwardNumber == null) {
            throw ApiError.badRequest("'textInboundConfig.forwardNumber' is required when forwardEnabled is true");
        }
        ObjectNode config = Json.object();
        config.put("keyword", lease.keyword());
        ObjectNode stored = config.putObject("textInboundConfig");
        stored.put("forwardEnabled", forward);
        if (forwardNumber != null) {
            stored.put("forwardNumber", forwardNumber);
        }
        configs.put(lease.keyword(), config);
    }
}
