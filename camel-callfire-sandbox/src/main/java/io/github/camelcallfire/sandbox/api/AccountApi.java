package io.github.camelcallfire.sandbox.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.account.AccountStore;
import io.github.camelcallfire.sandbox.account.ApiCredential;
import io.github.camelcallfire.sandbox.account.ApiCredentialStore;
import io.github.camelcallfire.sandbox.account.BillingPeriod;
import io.github.camelcallfire.sandbox.account.CallerIdStore;
import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.http.PageRequest;
import io.github.camelcallfire.sandbox.http.Router;
import io.github.camelcallfire.sandbox.http.SandboxRequest;
import io.github.camelcallfire.sandbox.http.SandboxResponse;
import io.github.camelcallfire.sandbox.state.SandboxState;

/** "Me": the account, its billing, its API credentials and its caller ids. */
public final class AccountApi implements ApiModule {

    private static final int DEFAULT_LIMIT = 100;

    @Override
    public void register(Router router, SandboxState state) {
        router.get("/me/account", req -> SandboxResponse.ok(state.store(AccountStore.class).account()));
        router.get("/me/billing/plan-usage", req -> SandboxResponse.ok(state.store(AccountStore.class).planUsage()));
        router.get("/me/billing/credit-usage", req -> {
            // a default end is "now": what was sent at this very millisecond (frozen clock) counts too
            boolean endIncluded = req.queryLong("intervalEnd").isEmpty();
            return SandboxResponse.ok(state.store(AccountStore.class).creditUsage(creditPeriod(state, req),
                    endIncluded));
        });

        router.get("/me/callerids", req -> SandboxResponse.ok(PageRequest.itemList(callerIds(state)
                .verifiedCallerIds().stream().map(n -> Map.of("phoneNumber", n)).toList())));
        router.post("/me/callerids/{callerid}", req -> {
            callerIds(state).sendVerificationCode(req.pathParam("callerid"));
            return SandboxResponse.emptyOk();
        });
        router.post("/me/callerids/{callerid}/verification-code", req ->
                SandboxResponse.ok(callerIds(state).verify(req.pathParam("callerid"), verificationCode(req.json()))));

        router.get("/me/api/credentials", req -> {
            PageRequest page = PageRequest.of(req, DEFAULT_LIMIT);
            List<ApiCredential> found = credentials(state).find(req.query("name").orElse(null));
            return SandboxResponse.ok(page.page(found.stream().map(ApiCredential::toJson).toList()));
        });
        router.post("/me/api/credentials", req ->
                SandboxResponse.ok(credentials(state).create(credentialName(req.json())).toJsonWithPassword()));
        router.get("/me/api/credentials/{id}", req ->
                SandboxResponse.ok(credentials(state).get(req.pathLong("id")).toJson()));
        router.delete("/me/api/credentials/{id}", req -> {
            credentials(state).delete(req.pathLong("id"));
            return SandboxResponse.noContent();
        });
        router.post("/me/api/credentials/{id}/enable", req -> {
            credentials(state).setEnabled(req.pathLong("id"), true);
            return SandboxResponse.emptyOk();
        });
        router.post("/me/api/credentials/{id}/disable", req -> {
            credentials(state).setEnabled(req.pathLong("id"), false);
            return SandboxResponse.emptyOk();
        });
    }

    /**
     * intervalBegin/intervalEnd as given; CallFire documents that without them the usage is the total for all time,
     * so a missing intervalBegin is the start of time (0) and a missing intervalEnd is now (or intervalBegin, when
     * that lies in the future). A default therefore never turns the interval around: only an intervalBegin given
     * after an intervalEnd given is a 400.
     */
    private static BillingPeriod creditPeriod(SandboxState state, SandboxRequest req) {
        Optional<Long> givenBegin = req.queryLong("intervalBegin");
        Optional<Long> givenEnd = req.queryLong("intervalEnd");
        long begin = givenBegin.orElse(0L);
        long end = givenEnd.orElseGet(() -> Math.max(state.now(), begin));
        if (begin > end) {
            throw ApiError.badRequest("'intervalBegin' (" + begin + ") must not be after 'intervalEnd' (" + end + ")");
        }
        return new BillingPeriod(begin, end);
    }

    private static String verificationCode(JsonNode body) {
        JsonNode code = body.get("verificationCode");
        if (code == null || !(code.isTextual() || code.isIntegralNumber()) || code.asText().isBlank()) {
            throw ApiError.badRequest("'verificationCode' is required: the code the call spoke, e.g. "
                    + "{\"verificationCode\":\"1234\"}");
        }
        // CallFire's own example sends the code as a number ({"verificationCode":1234}): a code such as 0042 then
        // arrives as 42
        return code.isIntegralNumber() ? String.format(java.util.Locale.ROOT, "%04d", code.longValue()) : code.asText();
    }

    private static String credentialName(JsonNode body) {
        JsonNode name = body.get("name");
        if (name == null || !name.isTextual() || name.textValue().isBlank()) {
            throw ApiError.badRequest("'name' is required: a name for the new API credential, e.g. {\"name\":\"ci\"}");
        }
        return name.textValue();
    }

    /** Looked up per request: a reset replaces the stores. */
    private static ApiCredentialStore credentials(SandboxState state) {
        return state.store(ApiCredentialStore.class);
    }

    private static CallerIdStore callerIds(SandboxState state) {
        return state.store(CallerIdStore.class);
    }
}
