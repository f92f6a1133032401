package io.github.camelcallfire.sandbox.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.http.PageRequest;
import io.github.camelcallfire.sandbox.http.Router;
import io.github.camelcallfire.sandbox.http.SandboxResponse;
import io.github.camelcallfire.sandbox.numbers.OrderStore;
import io.github.camelcallfire.sandbox.state.SandboxState;

/** Buying numbers and keywords with credits, and reading the orders back. */
public final class OrdersApi implements ApiModule {

    private static final int DEFAULT_LIMIT = 20;
    private static final List<String> STATUSES = List.of("NEW", "PROCESSING", "FINISHED", "ERRORED", "VOID",
            "WAIT_FOR_PAYMENT", "PAYMENT_ERROR", "PARTIALLY_ADJUSTED", "ADJUSTED", "APPROVE_TIER_ONE",
            "APPROVE_TIER_TWO", "REJECTED");

    @Override
    public void register(Router router, SandboxState state) {
        router.post("/orders/numbers", req -> SandboxResponse.created(orders(state).orderNumbers(req.json())));
        router.post("/orders/keywords", req -> SandboxResponse.created(orders(state).orderKeywords(req.json())));
        router.get("/orders/{id}", req -> SandboxResponse.ok(orders(state).get(req.pathLong("id"))));
        router.get("/orders", req -> {
            PageRequest page = PageRequest.of(req, DEFAULT_LIMIT);
            Set<String> statuses = new LinkedHashSet<>(req.queryAll("status"));
            for (String status : statuses) {
                if (!STATUSES.contains(status)) {
                    throw ApiError.badRequest("'status' must be one of " + String.join(", ", STATUSES) + ", got '"
                            + status + "'");
                }
            }
            long begin = req.queryLong("intervalBegin").orElse(0L);
            long end = req.queryLong("intervalEnd").orElse(Long.MAX_VALUE);
            return SandboxResponse.ok(page.page(orders(state).find(statuses, begin, end)));
        });
    }

    /** Looked up per request: a reset replaces the store. */
    private static OrderStore orders(SandboxState state) {
        return state.store(OrderStore.class);
    }
}
