package io.github.camelcallfire.sandbox.api;

import java.util.List;

import io.github.camelcallfire.sandbox.http.PageRequest;
import io.github.camelcallfire.sandbox.http.Router;
import io.github.camelcallfire.sandbox.http.SandboxRequest;
import io.github.camelcallfire.sandbox.http.SandboxResponse;
import io.github.camelcallfire.sandbox.numbers.AvailableNumber;
import io.github.camelcallfire.sandbox.numbers.NumberCatalog;
import io.github.camelcallfire.sandbox.numbers.NumberLease;
import io.github.camelcallfire.sandbox.numbers.NumberLeaseStore;
import io.github.camelcallfire.sandbox.numbers.RegionQuery;
import io.github.camelcallfire.sandbox.numbers.TollFreePattern;
import io.github.camelcallfire.sandbox.state.SandboxState;

/** The numbers catalog (local, toll-free, regions), number leases and their configurations. */
public final class NumbersApi implements ApiModule {

    private static final int DEFAULT_LIMIT = 100;

    @Override
    public void register(Router router, SandboxState state) {
        NumberCatalog catalog = NumberCatalog.instance();
        router.get("/numbers/local", req -> {
            RegionQuery region = RegionQuery.from(req);
            int limit = PageRequest.of(req, DEFAULT_LIMIT).limit();
            List<AvailableNumber> found = leases(state).available(catalog.localNumbers())
                    .filter(n -> region.matches(n.number(), n.region())).limit(limit).toList();
            return SandboxResponse.ok(PageRequest.itemList(found));
        });
        router.get("/numbers/tollfree", req -> {
            TollFreePattern pattern = req.query("pattern").map(TollFreePattern::parse).orElse(null);
            int limit = PageRequest.of(req, DEFAULT_LIMIT).limit();
            List<AvailableNumber> found = leases(state).available(catalog.tollFreeNumbers())
                    .filter(n -> pattern == null || pattern.matches(n.number())).limit(limit).toList();
            return SandboxResponse.ok(PageRequest.itemList(found));
        });
        router.get("/numbers/regions", req -> {
            RegionQuery region = RegionQuery.from(req);
            PageRequest page = PageRequest.of(req, DEFAULT_LIMIT);
            return SandboxResponse.ok(page.page(catalog.regions().stream().filter(region::matches).toList()));
        });
        router.get("/numbers/leases", req -> {
            PageRequest page = PageRequest.of(req, DEFAULT_LIMIT);
            return SandboxResponse.ok(page.page(findLeases(state, req).stream().map(NumberLease::toJson).toList()));
        });
        router.get("/numbers/leases/{number}", req ->
                SandboxResponse.ok(leases(state).get(req.pathParam("number")).toJson()));
        router.put("/numbers/leases/{number}", req -> {
            leases(state).update(req.pathParam("number"), req.json());
            return SandboxResponse.emptyOk();
        });
        router.get("/numbers/leases/configs", req -> {
            PageRequest page = PageRequest.of(req, DEFAULT_LIMIT);
            NumberLeaseStore leases = leases(state);
            return SandboxResponse.ok(page.page(findLeases(state, req).stream()
                    .map(l -> leases.config(l.number())).toList()));
        });
        router.get("/numbers/leases/configs/{number}", req ->
                SandboxResponse.ok(leases(state).config(req.pathParam("number"))));
        router.put("/numbers/leases/configs/{number}", req -> {
            leases(state).updateConfig(req.pathParam("number"), req.json());
            return SandboxResponse.emptyOk();
        });
    }

    private static List<NumberLease> findLeases(SandboxState state, SandboxRequest req) {
        return leases(state).find(RegionQuery.from(req), req.query("labelName").orElse(null),
                req.queryBool("tollFree").orElse(null));
    }

    /** Looked up per request: a reset replaces the store. */
    private static NumberLeaseStore leases(SandboxState state) {
        return state.store(NumberLeaseStore.class);
    }
}
