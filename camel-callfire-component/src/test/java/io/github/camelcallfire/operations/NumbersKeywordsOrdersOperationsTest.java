package io.github.camelcallfire.operations;

import io.github.camelcallfire.model.BillingPlanUsage;
import io.github.camelcallfire.model.CallTrackingConfig;
import io.github.camelcallfire.model.ConfigType;
import io.github.camelcallfire.model.Keyword;
import io.github.camelcallfire.model.KeywordLease;
import io.github.camelcallfire.model.KeywordPurchaseRequest;
import io.github.camelcallfire.model.Number;
import io.github.camelcallfire.model.NumberConfig;
import io.github.camelcallfire.model.NumberLease;
import io.github.camelcallfire.model.NumberOrder;
import io.github.camelcallfire.model.NumberOrderStatus;
import io.github.camelcallfire.model.NumberPurchaseRequest;
import io.github.camelcallfire.model.Region;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The numbers catalog, orders, and the number and keyword leases orders create. */
class NumbersKeywordsOrdersOperationsTest extends OperationsTestSupport {

    @Test
    void catalogListsLocalAndTollFreeNumbersAndRegions() {
        List<Number> local = itemList("callfire:numbers/find-local?prefix=1213&limit=3", null, Number.class);
        List<Number> tollFree = itemList("callfire:numbers/find-tollfree?limit=2", null, Number.class);
        List<Region> regions = page("callfire:numbers/find-regions?state=CA", Region.class);

        assertThat(local).hasSize(3).allSatisfy(n -> assertThat(n.getNumber()).startsWith("1213"));
        assertThat(tollFree).hasSize(2).allSatisfy(n -> assertThat(n.getTollFree()).isTrue());
        assertThat(regions).isNotEmpty().allSatisfy(r -> assertThat(r.getState()).isEqualTo("CA"));
    }

    @Test
    void orderedNumberIsLeasedConfiguredAndBilled() {
        String number = itemList("callfire:numbers/find-local?prefix=1213&limit=1", null, Number.class).get(0)
                .getNumber();
        double creditsBefore = call("callfire:account/get-plan-usage", null, BillingPlanUsage.class)
                .getTotalRemainingCredits();
        NumberPurchaseRequest purchase = new NumberPurchaseRequest();
        purchase.setNumbers(List.of(number));

        long orderId = create("callfire:orders/order-numbers", purchase);

        NumberOrder order = call("callfire:orders/get?id=" + orderId, null, NumberOrder.class);
        assertThat(order.getStatus()).isEqualTo(NumberOrderStatus.FINISHED);
        assertThat(order.getTotalCost()).isPositive();
        assertThat(call("callfire:account/get-plan-usage", null, BillingPlanUsage.class).getTotalRemainingCredits())
                .isEqualTo(creditsBefore - order.getTotalCost());
        assertThat(page("callfire:number-leases/find?prefix=1213", NumberLease.class))
                .extracting(NumberLease::getNumber).containsExactly(number);

        NumberLease labelled = new NumberLease();
        labelled.setAutoRenew(false);
        act("callfire:number-leases/update?number=" + number, labelled);
        assertThat(call("callfire:number-leases/get?number=" + number, null, NumberLease.class).getAutoRenew())
                .isFalse();

        CallTrackingConfig tracking = new CallTrackingConfig();
        tracking.setTransferNumbers(List.of("12132000384"));
        tracking.setRecorded(true);
        NumberConfig config = new NumberConfig();
        config.setConfigType(ConfigType.TRACKING);
        config.setCallTrackingConfig(tracking);
        act("callfire:number-leases/update-config?number=" + number, config);
        NumberConfig stored = call("callfire:number-leases/get-config?number=" + number, null, NumberConfig.class);
        assertThat(stored.getCallTrackingConfig().getTransferNumbers()).containsExactly("12132000384");
        assertThat(page("callfire:number-leases/find-configs?prefix=1213", NumberConfig.class))
                .extracting(NumberConfig::getNumber).containsExactly(number);
    }

    @Test
    void orderedKeywordIsLeasedAndNoLongerOffered() {
        assertThat(call("callfire:keywords/is-available?keyword=DEALS", null, Boolean.class)).isTrue();
        assertThat(call("callfire:keywords/is-available?keyword=STOP", null, Boolean.class)).isFalse();
        assertThat(itemList("callfire:keywords/find?keywords=DEALS&keywords=TACO", null, Keyword.class))
                .extracting(Keyword::getKeyword).containsExactlyInAnyOrder("DEALS", "TACO");
        KeywordPurchaseRequest purchase = new KeywordPurchaseRequest();
        purchase.setKeywords(List.of("DEALS"));

        long orderId = create("callfire:orders/order-keywords", purchase);

        assertThat(call("callfire:orders/get?id=" + orderId, null, NumberOrder.class).getKeywords()).isNotNull();
        assertThat(call("callfire:keywords/is-available?keyword=DEALS", null, Boolean.class)).isFalse();
        assertThat(itemList("callfire:keywords/find?keywords=DEALS,TACO", null, Keyword.class))
                .extracting(Keyword::getKeyword).containsExactly("TACO");
        assertThat(page("callfire:keyword-leases/find?filter=dea", KeywordLease.class))
                .extracting(KeywordLease::getKeyword).containsExactly("DEALS");

        KeywordLease change = new KeywordLease();
        change.setAutoRenew(false);
        act("callfire:keyword-leases/update?keyword=DEALS", change);
        assertThat(call("callfire:keyword-leases/get?keyword=DEALS", null, KeywordLease.class).getAutoRenew())
                .isFalse();
        assertNotFound("callfire:keyword-leases/get?keyword=TACO");
    }
}
