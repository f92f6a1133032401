package io.github.camelcallfire.sandbox.numbers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcallfire.sandbox.account.AccountStore;
import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.http.Json;
import io.github.camelcallfire.sandbox.state.SandboxState;

/**
 * Orders of numbers and keywords. An order is all or nothing: everything is checked (availability, credits)
 * before anything is leased or paid, and orders run one at a time so two cannot buy the same number. Orders
 * complete at once ({@code FINISHED}).
 */
public final class OrderStore {

    private final SandboxState state;
    private final ConcurrentSkipListMap<Long, ObjectNode> orders = new ConcurrentSkipListMap<>();

    public OrderStore(SandboxState state) {
        this.state = state;
    }

    /** Places a NumberPurchaseRequest; returns the order id. */
    public synchronized long orderNumbers(JsonNode body) {
        NumberSelection selection = NumberSelection.resolve(BodyFields.of(body),
                state.store(NumberLeaseStore.class));
        double cost = selection.local().size() * LeaseTerms.LOCAL_NUMBER_CREDITS
                + selection.tollFree().size() * LeaseTerms.TOLL_FREE_NUMBER_CREDITS;
        state.store(AccountStore.class).spend(cost, "an order of " + selection.size() + " number(s)");
        long now = state.now();
        NumberLeaseStore leases = state.store(NumberLeaseStore.class);
        selection.local().forEach(n -> leases.lease(n, now));
        selection.tollFree().forEach(n -> leases.lease(n, now));
        ObjectNode order = newOrder(now, cost);
        if (!selection.local().isEmpty()) {
            order.set("localNumbers", item(numbersOf(selection.local()), LeaseTerms.LOCAL_NUMBER_CREDITS));
        }
        if (!selection.tollFree().isEmpty()) {
            order.set("tollFreeNumbers", item(numbersOf(selection.tollFree()), LeaseTerms.TOLL_FREE_NUMBER_CREDITS));
        }
        return save(order);
    }

    /** Places a KeywordPurchaseRequest ({@code {"keywords":[...]}}); returns the order id. */
    public synchronized long orderKeywords(JsonNode body) {
        List<String> requested = BodyFields.of(body).texts("keywords").orElse(List.of());
        if (requested.isEmpty()) {
            throw ApiError.badRequest("'keywords' is required: the keywords to buy, e.g. {\"keywords\":[\"PROMO\"]}");
        }
        KeywordLeaseStore leases = state.store(KeywordLeaseStore.class);
        Set<String> keywords = new LinkedHashSet<>();
        List<String> unavailable = new ArrayList<>();
        for (String keyword : requested) {
            String canonical = KeywordRules.canonical(keyword);
            if (!keywords.add(canonical)) {
                throw ApiError.badRequest("Keyword '" + keyword + "' is listed more than once");
            }
            if (!leases.isAvailable(canonical)) {
                unavailable.add(canonical);
            }
        }
        if (!unavailable.isEmpty()) {
            // worded like live CallFire's "unavailable numbers: ..." of number orders
            throw ApiError.badRequest("unavailable keywords: " + String.join(", ", unavailable));
        }
        double cost = keywords.size() * LeaseTerms.KEYWORD_CREDITS;
        state.store(AccountStore.class).spend(cost, "an order of " + keywords.size() + " keyword(s)");
        long now = state.now();
        keywords.forEach(k -> leases.lease(k, now));
        ObjectNode order = newOrder(now, cost);
        order.set("keywords", item(keywords, LeaseTerms.KEYWORD_CREDITS));
        return save(order);
    }

    public ObjectNode get(long id) {
        ObjectNode order = orders.get(id);
        if (order == null) {
            throw ApiError.notFound("Order", id);
        }
        return order.deepCopy();
    }

    /** Orders with one of the statuses (empty = any), created in [begin, end), newest first. */
    public List<ObjectNode> find(Set<String> statuses, long begin, long end) {
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode order : orders.descendingMap().values()) {
            long created = order.get("created").longValue();
            if ((statuses.isEmpty() || statuses.contains(order.get("status").textValue()))
                    && created >= begin && created < end) {
                out.add(order.deepCopy());
            }
        }
        return out;
    }

    private ObjectNode newOrder(long now, double cost) {
        ObjectNode order = Json.object();
        order.put("id", state.nextId());
        order.put("status", "FINISHED");
        order.put("created", now);
        order.put("totalCost", cost);
        return order;
    }

    private long save(ObjectNode order) {
        long id = order.get("id").longValue();
        orders.put(id, order);
        return id;
    }

    private static List<String> numbersOf(List<AvailableNumber> numbers) {
        return numbers.stream().map(AvailableNumber::number).toList();
    }

    /** A NumberOrderItem: everything ordered was fulfilled, since orders are all or nothing. */
    private static ObjectNode item(Collection<String> fulfilled, double unitCost) {
        ObjectNode item = Json.object();
        item.put("ordered", fulfilled.size());
        item.put("unitCost", unitCost);
        fulfilled.forEach(item.putArray("fulfilled")::add);
        return item;
    }
}
