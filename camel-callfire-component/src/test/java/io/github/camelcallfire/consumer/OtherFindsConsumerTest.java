package io.github.camelcallfire.consumer;

import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.model.Call;
import io.github.camelcallfire.model.Contact;
import io.github.camelcallfire.model.ItemList;
import io.github.camelcallfire.model.ResourceId;
import org.apache.camel.CamelContext;
import org.apache.camel.FailedToStartRouteException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class OtherFindsConsumerTest extends ConsumerTestSupport {

    private final EmittedItems emitted = new EmittedItems();

    @Test
    void emitsEachInboundCallOnce() throws Exception {
        startContext(route("callfire:calls/find?inbound=true&startFrom=BEGINNING&delay=20&initialDelay=0&pageSize=10"));
        List<Long> injected = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            injected.add(sandbox().injectInboundCall(HANDSET, OUR_NUMBER));
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> emitted.distinct() == injected.size());
        emitted.assertEachExactlyOnce(injected);
        assertThat(emitted.exchanges()).allSatisfy(exchange -> {
            assertThat(exchange.getMessage().getBody()).isInstanceOf(Call.class);
            assertThat(exchange.getMessage().getHeader(CallfireConstants.ITEM_FROM_NUMBER)).isEqualTo(HANDSET);
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void emitsContactsCreatedAfterTheStart() throws Exception {
        CamelContext context = startContext(route("callfire:contacts/find?delay=20&initialDelay=0&pageSize=5"));
        await().atMost(Duration.ofSeconds(10)).until(() -> consumerPolls(context) >= 1);

        ItemList<ResourceId> created = context.createProducerTemplate().requestBody("callfire:contacts/create",
                List.of(contact("Ada", "12135550001"), contact("Grace", "12135550002")), ItemList.class);
        List<Long> ids = created.getItems().stream().map(ResourceId::getId).toList();

        await().atMost(Duration.ofSeconds(10)).until(() -> emitted.distinct() == 2);
        emitted.assertEachExactlyOnce(ids);
        assertThat(emitted.exchanges()).extracting(e -> e.getMessage().getBody(Contact.class).getFirstName())
                .containsExactly("Ada", "Grace");
    }

    @Test
    void refusesToConsumeAnOperationThatIsNotAFind() {
        assertThatThrownBy(() -> startContext(route("callfire:texts/send?toNumber=" + OUR_NUMBER)))
                .isInstanceOf(FailedToStartRouteException.class)
                .rootCause().hasMessageContaining("callfire:texts/send cannot be consumed");
    }

    @Test
    void refusesOptionsTheConsumerManagesItself() {
        assertThatThrownBy(() -> startContext(route("callfire:texts/find?intervalBegin=0")))
                .rootCause().hasMessageContaining("Option intervalBegin cannot be set on a consumer");
    }

    @Test
    void refusesEmitFinalOnlyForItemsWithoutAState() {
        assertThatThrownBy(() -> startContext(route("callfire:contacts/find?emitFinalOnly=true")))
                .rootCause().hasMessageContaining("emitFinalOnly applies to callfire:texts/find and callfire:calls/find");
    }

    private static long consumerPolls(CamelContext context) {
        return ((ScheduledPollConsumer) context.getRoute("consumer").getConsumer()).getCounter();
    }

    private static Contact contact(String firstName, String number) {
        Contact contact = new Contact();
        contact.setFirstName(firstName);
        contact.setHomePhone(number);
        return contact;
    }

    private RouteBuilder route(String uri) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("consumer").process(emitted);
            }
        };
    }
}
