package io.github.camelcallfire.sandbox.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.http.Json;
import io.github.camelcallfire.sandbox.http.PageRequest;
import io.github.camelcallfire.sandbox.http.Router;
import io.github.camelcallfire.sandbox.http.SandboxResponse;
import io.github.camelcallfire.sandbox.numbers.KeywordLease;
import io.github.camelcallfire.sandbox.numbers.KeywordLeaseStore;
import io.github.camelcallfire.sandbox.numbers.KeywordRules;
import io.github.camelcallfire.sandbox.numbers.LeaseTerms;
import io.github.camelcallfire.sandbox.state.SandboxState;

/** Keyword availability on the shared short code, keyword leases and their configurations. */
public final class KeywordsApi implements ApiModule {

    private static final int DEFAULT_LIMIT = 100;
    private static final int CONFIGS_DEFAULT_LIMIT = 20;

    @Override
    public void register(Router router, SandboxState state) {
        router.get("/keywords", req -> {
            List<String> asked = req.queryAll("keywords");
            if (asked.isEmpty()) {
                throw ApiError.badRequest("Query parameter 'keywords' is required (repeat it for several: "
                        + "?keywords=PROMO&keywords=DEALS)");
            }
            KeywordLeaseStore leases = leases(state);
            Set<String> distinct = new LinkedHashSet<>();
            for (String keyword : asked) {
                if (leases.isAvailable(keyword)) {
                    distinct.add(KeywordRules.canonical(keyword));
                }
            }
            List<ObjectNode> available = distinct.stream().map(KeywordsApi::keyword).toList();
            return SandboxResponse.ok(PageRequest.itemList(available));
        });
        router.get("/keywords/{keyword}/available", req ->
                SandboxResponse.ok(leases(state).isAvailable(req.pathParam("keyword"))));
        router.get("/keywords/leases", req -> {
            PageRequest page = PageRequest.of(req, DEFAULT_LIMIT);
            List<KeywordLease> found = leases(state).find(req.query("filter").orElse(null),
                    req.query("labelName").orElse(null));
            return SandboxResponse.ok(page.page(found.stream().map(KeywordLease::toJson).toList()));
        });
        router.get("/keywords/leases/{keyword}", req ->
                SandboxResponse.ok(leases(state).get(req.pathParam("keyword")).toJson()));
        router.put("/keywords/leases/{keyword}", req -> {
            leases(state).update(req.pathParam("keyword"), req.json());
            return SandboxResponse.emptyOk();
        });
        router.get("/keywords/leases/configs", req -> {
            PageRequest page = PageRequest.of(req, CONFIGS_DEFAULT_LIMIT);
            return SandboxResponse.ok(page.page(leases(state).configs(req.query("filter").orElse(null),
                    req.query("labelName").orElse(null))));
        });
        router.get("/keywords/leases/configs/{keyword}", req ->
                SandboxResponse.ok(leases(state).config(req.pathParam("keyword"))));
        router.put("/keywords/leases/configs/{keyword}", req -> {
            leases(state).updateConfig(req.pathParam("keyword"), req.json());
            return SandboxResponse.emptyOk();
        });
    }

    /** CallFire's Keyword (availability result). */
    private static ObjectNode keyword(String keyword) {
        ObjectNode json = Json.object();
        json.put("keyword", keyword);
        json.put("number", LeaseTerms.SHORT_CODE);
        json.put("shortCode", LeaseTerms.SHORT_CODE);
        return json;
    }

    /** Looked up per request: a reset replaces the store. */
    private static KeywordLeaseStore leases(SandboxState state) {
        return state.store(KeywordLeaseStore.class);
    }
}
