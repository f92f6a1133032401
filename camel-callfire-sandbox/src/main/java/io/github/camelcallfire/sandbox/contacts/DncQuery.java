package io.github.camelcallfire.sandbox.contacts;

import io.github.camelcallfire.sandbox.store.PhoneNumbers;
import java.util.List;
import java.util.Optional;

import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.http.SandboxRequest;

/** The filters of {@code GET /contacts/dncs}; every one given must match. */
public record DncQuery(List<String> numbers, Optional<String> prefix, Optional<Long> campaignId,
                       Optional<String> source, Optional<Boolean> call, Optional<Boolean> text,
                       Optional<Boolean> inboundCall, Optional<Boolean> inboundText) {

    public static DncQuery of(SandboxRequest request) {
        List<String> numbers = request.queryAll("number").stream()
                .map(n -> PhoneNumbers.requireRecipient(n, "Query parameter 'number'")).toList();
        Optional<String> prefix = request.query("prefix");
        prefix.filter(p -> !p.matches("\\d{1,11}")).ifPresent(p -> {
            throw ApiError.badRequest("Query parameter 'prefix' must be 1 to 11 digits, got '" + p + "'");
        });
        return new DncQuery(numbers, prefix, request.queryLong("campaignId"), request.query("source"),
                request.queryBool("call"), request.queryBool("text"), request.queryBool("inboundCall"),
                request.queryBool("inboundText"));
    }

    public boolean matches(DoNotContact dnc) {
        return (numbers.isEmpty() || numbers.contains(dnc.number()))
                && prefix.map(p -> dnc.number().startsWith(p)).orElse(true)
                && campaignId.map(c -> c.equals(dnc.campaignId())).orElse(true)
                && source.map(s -> s.equals(dnc.source())).orElse(true)
                && call.map(c -> c == dnc.blocksCall()).orElse(true)
                && text.map(t -> t == dnc.blocksText()).orElse(true)
                && inboundCall.map(c -> c == Boolean.TRUE.equals(dnc.inboundCall())).orElse(true)
                && inboundText.map(t -> t == Boolean.TRUE.equals(dnc.inboundText())).orElse(true);
    }
}
