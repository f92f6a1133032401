package io.github.camelcallfire.sandbox.messaging;

import io.github.camelcallfire.sandbox.store.PhoneNumbers;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.http.SandboxRequest;

/**
 * The filters of GET /texts and GET /calls (CallFire's REST reference). {@code intervalBegin}/{@code intervalEnd} bound
 * {@code created} inclusively and are applied by the index as a range; the rest is checked per action.
 *
 * @param ids        when not empty, only these actions and every other filter is ignored
 * @param campaignId the broadcast, or the default campaign of the texts/calls sent directly (the query's 0 is
 *                   resolved to it by {@link #from})
 */
public record ActionFilter(List<Long> ids, Boolean inbound, String toNumber, String fromNumber, Long intervalBegin,
                           Long intervalEnd, Set<ActionState> states, Set<String> results, Long campaignId,
                           Long batchId, String label) {

    public static final List<String> TEXT_RESULTS = List.of("SENT", "RECEIVED", "DNT", "TOO_BIG", "INTERNAL_ERROR",
            "CARRIER_ERROR", "CARRIER_TEMP_ERROR", "UNDIALED", "INVALID_NUMBER");
    public static final List<String> CALL_RESULTS = List.of("LA", "AM", "BUSY", "DNC", "XFER", "NO_ANS", "XFER_LEG",
            "INTERNAL_ERROR", "CARRIER_ERROR", "CARRIER_TEMP_ERROR", "UNDIALED", "SD", "POSTPONED", "ABANDONED",
            "SKIPPED");

    /** Every filter empty: matches everything. */
    public static ActionFilter none() {
        return new ActionFilter(List.of(), null, null, null, null, null, Set.of(), Set.of(), null, null, null);
    }

    /**
     * Reads and validates the query; {@code validResults} is TEXT_RESULTS or CALL_RESULTS. {@code campaignId=0}
     * ("the default campaign") becomes {@code defaultCampaignId}, the campaign of texts/calls sent directly.
     */
    public static ActionFilter from(SandboxRequest request, List<String> validResults, long defaultCampaignId) {
        Set<ActionState> states = new LinkedHashSet<>();
        for (String s : request.queryAll("states")) {
            String name = s.toUpperCase();
            if (!ActionState.names().contains(name)) {
                throw ApiError.badRequest("Query parameter 'states' has unknown value '" + s + "'; valid values: "
                        + String.join(", ", ActionState.names()));
            }
            states.add(ActionState.valueOf(name));
        }
        Set<String> results = new LinkedHashSet<>();
        for (String r : request.queryAll("results")) {
            String name = r.toUpperCase();
            if (!validResults.contains(name)) {
                throw ApiError.badRequest("Query parameter 'results' has unknown value '" + r + "'; valid values: "
                        + String.join(", ", validResults));
            }
            results.add(name);
        }
        Long begin = request.queryLong("intervalBegin").orElse(null);
        Long end = request.queryLong("intervalEnd").orElse(null);
        if (begin != null && end != null && begin > end) {
            throw ApiError.badRequest("'intervalBegin' (" + begin + ") must not be after 'intervalEnd' (" + end + ")");
        }
        return new ActionFilter(request.queryLongs("id"), request.queryBool("inbound").orElse(null),
                number(request, "toNumber"), number(request, "fromNumber"), begin, end, states, results,
                request.queryLong("campaignId").map(c -> c == 0 ? defaultCampaignId : c).orElse(null),
                request.queryLong("batchId").orElse(null),
                request.query("label").orElse(null));
    }

    /** Numbers are compared in their normalized form, so 2135550100 finds 12135550100. */
    private static String number(SandboxRequest request, String name) {
        return request.query(name).map(n -> PhoneNumbers.recipient(n).orElse(n)).orElse(null);
    }

    public ActionFilter withBatch(Long batch) {
        return new ActionFilter(ids, inbound, toNumber, fromNumber, intervalBegin, intervalEnd, states, results,
                campaignId, batch, label);
    }

    /** Checks everything but the id list and the created interval; call on a settled action. */
    public boolean matches(Action action) {
        ActionHeader h = action.header();
        if (inbound != null && h.inbound() != inbound) {
            return false;
        }
        if (toNumber != null && !toNumber.equals(h.toNumber())) {
            return false;
        }
        if (fromNumber != null && !fromNumber.equals(h.fromNumber())) {
            return false;
        }
        if (!states.isEmpty() && !states.contains(action.state())) {
            return false;
        }
        if (!results.isEmpty() && !results.contains(action.finalResult())) {
            return false;
        }
        if (campaignId != null && !campaignId.equals(h.campaignId())) {
            return false;
        }
        if (batchId != null && !batchId.equals(h.batchId())) {
            return false;
        }
        return label == null || h.labels().contains(label);
    }

}
