package io.github.camelcallfire.springboot;

import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.model.ActionState;
import io.github.camelcallfire.model.ItemList;
import io.github.camelcallfire.model.Page;
import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.sandbox.CallfireSandbox;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** A Spring Boot application configured by properties alone sends a text to the sandbox. */
@SpringBootTest(classes = CallfireTestApplication.class)
class SendsTextThroughAutoConfiguredComponentTest {

    private static final CallfireSandbox SANDBOX = CallfireSandbox.start();

    @Autowired
    private ProducerTemplate template;

    @DynamicPropertySource
    static void pointAtSandbox(DynamicPropertyRegistry registry) {
        registry.add("camel.component.callfire.base-url", SANDBOX::baseUrl);
        registry.add("camel.component.callfire.username", SANDBOX::username);
        registry.add("camel.component.callfire.password", SANDBOX::password);
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void sendsTextWithCredentialsAndBaseUrlFromProperties() {
        Exchange exchange = template.request("callfire:texts/send?sendResult=FULL&toNumber=12135551100",
                e -> e.getMessage().setBody("Your appointment is tomorrow at 9"));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(CallfireConstants.HTTP_STATUS)).isEqualTo(200);
        ItemList<Text> sent = exchange.getMessage().getBody(ItemList.class);
        assertThat(sent.getItems()).singleElement().satisfies(text -> {
            assertThat(text.getToNumber()).isEqualTo("12135551100");
            assertThat(text.getState()).isIn(ActionState.READY, ActionState.FINISHED);
        });
        Page<Text> stored = template.requestBody("callfire:texts/find?toNumber=12135551100", null, Page.class);
        assertThat(stored.getItems()).extracting(Text::getMessage)
                .containsExactly("Your appointment is tomorrow at 9");
    }
}
