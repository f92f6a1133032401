package io.github.camelcallfire.quarkus;

import io.github.camelcallfire.CallfireComponent;
import io.github.camelcallfire.CallfireConfiguration;
import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.model.ActionState;
import io.github.camelcallfire.model.ItemList;
import io.github.camelcallfire.model.Page;
import io.github.camelcallfire.model.Text;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The component in a Camel Quarkus application (JVM mode), configured from application.properties only. */
@QuarkusTest
@WithTestResource(CallfireSandboxResource.class)
class CallfireQuarkusTest {

    @Inject
    CamelContext context;

    @Inject
    ProducerTemplate template;

    @Test
    void bindsComponentOptionsFromApplicationProperties() {
        CallfireConfiguration configuration = context.getComponent("callfire", CallfireComponent.class)
                .getConfiguration();

        assertThat(configuration.getBaseUrl()).startsWith("http://127.0.0.1:").endsWith("/v2");
        assertThat(configuration.getUsername()).isNotBlank();
        assertThat(configuration.getResponseTimeout()).isEqualTo(5_000);
        assertThat(configuration.getMaxConnections()).isEqualTo(4);
    }

    @Test
    @SuppressWarnings("unchecked")
    void sendsTextToTheSandbox() {
        Exchange exchange = template.request("callfire:texts/send?sendResult=FULL&toNumber=12135551177",
                e -> e.getMessage().setBody("Sent from Camel Quarkus"));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(CallfireConstants.HTTP_STATUS)).isEqualTo(200);
        ItemList<Text> sent = exchange.getMessage().getBody(ItemList.class);
        assertThat(sent.getItems()).singleElement().satisfies(text -> {
            assertThat(text.getToNumber()).isEqualTo("12135551177");
            assertThat(text.getState()).isIn(ActionState.READY, ActionState.FINISHED);
        });
        Page<Text> stored = template.requestBody("callfire:texts/find?toNumber=12135551177", null, Page.class);
        assertThat(stored.getItems()).extracting(Text::getMessage).containsExactly("Sent from Camel Quarkus");
    }
}
