package io.github.camelcallfire.consumer;

import io.github.camelcallfire.CallfireTestSupport;
import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.model.ActionState;
import io.github.camelcallfire.model.ItemList;
import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.sandbox.CallfireSandbox;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Outbound texts stay READY for a simulated minute here, so the consumer has to wait for their final state. */
class DeliveryTrackingConsumerTest {

    @RegisterExtension
    static final CallfireSandboxExtension SLOW_DELIVERY =
            new CallfireSandboxExtension(CallfireSandbox.builder().actionDelayMs(60_000));

    private final EmittedItems emitted = new EmittedItems();
    private CamelContext context;

    @AfterEach
    void stopCamel() {
        context.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void emitsOutboundTextsOnceTheyReachTheirFinalState() throws Exception {
        CallfireSandbox sandbox = SLOW_DELIVERY.sandbox();
        context = new DefaultCamelContext();
        context.addComponent("callfire", CallfireTestSupport.component(sandbox));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("callfire:texts/find?inbound=false&emitFinalOnly=true&startFrom=BEGINNING&delay=20&initialDelay=0")
                        .routeId("delivery").process(emitted);
            }
        });
        context.start();
        ItemList<Text> sent = context.createProducerTemplate().requestBody("callfire:texts/send?sendResult=FULL&defaultMessage=Hi",
                List.of("12135551201", "12135551202", "12135551203"), ItemList.class);
        List<Long> ids = sent.getItems().stream().map(Text::getId).toList();

        ScheduledPollConsumer consumer = (ScheduledPollConsumer) context.getRoute("delivery").getConsumer();
        long pollsBefore = consumer.getCounter();
        await().atMost(Duration.ofSeconds(10)).until(() -> consumer.getCounter() >= pollsBefore + 3);
        assertThat(emitted.distinct()).isZero();

        sandbox.clock().advance(61_000);

        await().atMost(Duration.ofSeconds(10)).until(() -> emitted.distinct() == ids.size());
        emitted.assertEachExactlyOnce(ids);
        assertThat(emitted.exchanges()).allSatisfy(exchange -> assertThat(
                exchange.getMessage().getHeader(CallfireConstants.ITEM_STATE)).isEqualTo(ActionState.FINISHED));
    }
}
