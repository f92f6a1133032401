package io.github.camelcallfire.sandbox.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.CallfireSandbox;
import io.github.camelcallfire.sandbox.SandboxHttp;
import io.github.camelcallfire.sandbox.account.AccountStore;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;

class OrdersTest {

    private static final double INITIAL_CREDITS = 1000;

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension(
            CallfireSandbox.builder().actionDelayMs(0).initialCredits(INITIAL_CREDITS));

    private SandboxHttp http() {
        return new SandboxHttp(SANDBOX.sandbox());
    }

    private double remainingCredits() {
        return SANDBOX.sandbox().state().store(AccountStore.class).remainingCredits();
    }

    private long order(String path, Object body) {
        SandboxHttp.Reply reply = http().post(path, body);
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    @Test
    void ordersListedNumbersLeasesThemAndChargesCredits() {
        SANDBOX.sandbox().clock().freeze();
        long id = order("/orders/numbers", Map.of("numbers", List.of("12135550105", "18445550100")));

        JsonNode order = http().get("/orders/" + id).json();
        assertThat(order.get("id").asLong()).isEqualTo(id);
        assertThat(order.get("status").asText()).isEqualTo("FINISHED");
        assertThat(order.get("created").asLong()).isEqualTo(SANDBOX.sandbox().clock().now());
        assertThat(order.get("totalCost").asDouble()).isEqualTo(150.0);
        assertThat(order.get("localNumbers").get("ordered").asInt()).isEqualTo(1);
        assertThat(order.get("localNumbers").get("unitCost").asDouble()).isEqualTo(50.0);
        assertThat(order.get("localNumbers").get("fulfilled").get(0).asText()).isEqualTo("12135550105");
        assertThat(order.get("tollFreeNumbers").get("fulfilled").get(0).asText()).isEqualTo("18445550100");
        assertThat(order.has("keywords")).isFalse();
        assertThat(http().get("/numbers/leases/12135550105").status()).isEqualTo(200);
        assertThat(remainingCredits()).isEqualTo(INITIAL_CREDITS - 150);
    }

    @Test
    void ordersNumbersByCountAndRegion() {
        long id = order("/orders/numbers", Map.of("localCount", 2, "city", "Chicago", "tollFreeCount", 1));

        JsonNode order = http().get("/orders/" + id).json();
        assertThat(order.get("localNumbers").get("fulfilled").toString())
                .isEqualTo("[\"13125550100\",\"13125550101\"]");
        assertThat(order.get("tollFreeNumbers").get("fulfilled").toString()).isEqualTo("[\"18005550100\"]");
        assertThat(http().get("/numbers/leases?city=Chicago").json().get("totalCount").asInt()).isEqualTo(2);

        long next = order("/orders/numbers", Map.of("localCount", 1, "zipcode", "60602"));
        assertThat(http().get("/orders/" + next).json().get("localNumbers").get("fulfilled").get(0).asText())
                .isEqualTo("13125550102");
    }

    @Test
    void refusesAnUnavailableNumberAndLeasesNothing() {
        order("/orders/numbers", Map.of("numbers", List.of("12135550100")));
        double before = remainingCredits();

        SandboxHttp.Reply reply = http().post("/orders/numbers", Map.of("numbers", List.of("12135550101",
                "12135550100")));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).isEqualTo("unavailable numbers: 12135550100");
        assertThat(http().get("/numbers/leases/12135550101").status()).isEqualTo(404);
        assertThat(remainingCredits()).isEqualTo(before);
    }

    @Test
    void refusesANumberOutsideTheCatalogAsUnavailable() {
        SandboxHttp.Reply reply = http().post("/orders/numbers", Map.of("numbers", List.of("19995550100")));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).isEqualTo("unavailable numbers: 19995550100");
    }

    @Test
    void namesEveryUnavailableNumberOfAnOrder() {
        order("/orders/numbers", Map.of("numbers", List.of("12135550100")));

        SandboxHttp.Reply reply = http().post("/orders/numbers", Map.of("numbers", List.of("12135550100",
                "12135550101", "19995550100")));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("httpStatusCode").asInt()).isEqualTo(400);
        assertThat(reply.json().get("message").asText())
                .isEqualTo("unavailable numbers: 12135550100, 19995550100");
        assertThat(http().get("/numbers/leases/12135550101").status()).isEqualTo(404);
    }

    @Test
    void checksAvailabilityBeforeCredits() {
        order("/orders/numbers", Map.of("numbers", List.of("12135550100")));

        SandboxHttp.Reply reply = http().post("/orders/numbers", Map.of("numbers", List.of("12135550100"),
                "tollFreeCount", 100));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).isEqualTo("unavailable numbers: 12135550100");
    }

    @Test
    void refusesMoreNumbersThanTheRegionHas() {
        SandboxHttp.Reply reply = http().post("/orders/numbers", Map.of("localCount", 21, "state", "WA"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("Only 20").contains("state=WA");
        assertThat(http().get("/numbers/leases").json().get("totalCount").asInt()).isZero();
    }

    @Test
    void refusesAnOrderTheCreditsDoNotCoverAndLeasesNothing() {
        SandboxHttp.Reply reply = http().post("/orders/numbers", Map.of("tollFreeCount", 11));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("Not enough credits").contains("1100.00");
        assertThat(http().get("/numbers/leases").json().get("totalCount").asInt()).isZero();
        assertThat(remainingCredits()).isEqualTo(INITIAL_CREDITS);
    }

    @Test
    void refusesAnEmptyNumberOrder() {
        SandboxHttp.Reply reply = http().post("/orders/numbers", Map.of("promo", "FREE"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("numbers").contains("localCount");
        assertThat(http().post("/orders/numbers", Map.of("localCount", -1)).status()).isEqualTo(400);
    }

    @Test
    void ordersKeywordsOnTheSharedShortCode() {
        long id = order("/orders/keywords", Map.of("keywords", List.of("promo", "Deals")));

        JsonNode order = http().get("/orders/" + id).json();
        assertThat(order.get("totalCost").asDouble()).isEqualTo(200.0);
        assertThat(order.get("keywords").get("ordered").asInt()).isEqualTo(2);
        assertThat(order.get("keywords").get("unitCost").asDouble()).isEqualTo(100.0);
        assertThat(order.get("keywords").get("fulfilled").toString()).isEqualTo("[\"PROMO\",\"DEALS\"]");
        assertThat(http().get("/keywords/leases/PROMO").json().get("shortCode").asText()).isEqualTo("67076");
        assertThat(remainingCredits()).isEqualTo(INITIAL_CREDITS - 200);
    }

    @Test
    void refusesAKeywordOrderWithAnUnavailableKeywordAndLeasesNothing() {
        SandboxHttp.Reply reply = http().post("/orders/keywords", Map.of("keywords", List.of("PROMO", "STOP")));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).isEqualTo("unavailable keywords: STOP");
        assertThat(http().get("/keywords/leases").json().get("totalCount").asInt()).isZero();
        assertThat(http().post("/orders/keywords", Map.of("keywords", List.of())).status()).isEqualTo(400);
    }

    @Test
    void findsOrdersNewestFirstByStatusAndInterval() {
        SANDBOX.sandbox().clock().set(1_700_000_000_000L);
        long first = order("/orders/keywords", Map.of("keywords", List.of("ONE")));
        SANDBOX.sandbox().clock().advance(1000);
        long second = order("/orders/numbers", Map.of("localCount", 1));

        JsonNode page = http().get("/orders").json();
        assertThat(page.get("limit").asInt()).isEqualTo(20);
        assertThat(page.get("items").findValues("id").stream().map(JsonNode::asLong).toList())
                .containsExactly(second, first);
        assertThat(http().get("/orders?status=FINISHED&intervalBegin=1700000000500").json().get("totalCount").asInt())
                .isEqualTo(1);
        assertThat(http().get("/orders?status=VOID").json().get("totalCount").asInt()).isZero();
        assertThat(http().get("/orders?status=DONE").status()).isEqualTo(400);
    }

    @Test
    void neverSellsTheSameNumberTwiceToConcurrentOrders() throws Exception {
        int orders = NumberCatalog.NUMBERS_PER_PREFIX;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> placed = new ArrayList<>();
            for (int i = 0; i < orders; i++) {
                placed.add(pool.submit(() -> order("/orders/numbers", Map.of("localCount", 1, "prefix", "1404555"))));
            }
            Set<String> sold = new HashSet<>();
            for (Future<Long> order : placed) {
                sold.add(http().get("/orders/" + order.get()).json().get("localNumbers").get("fulfilled").get(0).asText());
            }
            assertThat(sold).hasSize(orders);
        } finally {
            pool.shutdownNow();
        }
        assertThat(http().post("/orders/numbers", Map.of("localCount", 1, "prefix", "1404555")).status())
                .isEqualTo(400);
        assertThat(http().get("/numbers/leases?prefix=1404555").json().get("totalCount").asInt()).isEqualTo(orders);
    }

    @Test
    void answersUnknownOrderWith404() {
        SandboxHttp.Reply reply = http().get("/orders/999999");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("message").asText()).contains("999999");
    }
}
