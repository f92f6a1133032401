package io.github.camelcallfire.springboot;

import io.github.camelcallfire.CallfireComponent;
import io.github.camelcallfire.model.Page;
import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.sandbox.CallfireSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second CallfireComponent bean, {@code callfire2}, for another account configured in Java, and the {@code callfire}
 * component configured from properties both send. Each account is a sandbox of its own that accepts only its own
 * credentials, so a text found in a sandbox was sent with that account's credentials.
 */
@SpringBootTest(classes = {CallfireTestApplication.class, SecondAccountBesideAutoConfiguredComponentTest.SecondAccount.class})
class SecondAccountBesideAutoConfiguredComponentTest {

    private static final CallfireSandbox FIRST = CallfireSandbox.builder().username("first-account")
            .password("first-secret").start();
    private static final CallfireSandbox SECOND = CallfireSandbox.builder().username("second-account")
            .password("second-secret").start();

    @TestConfiguration
    static class SecondAccount {
        @Bean("callfire2")
        CallfireComponent callfire2() {
            CallfireComponent component = new CallfireComponent();
            component.getConfiguration().setBaseUrl(SECOND.baseUrl());
            component.getConfiguration().setUsername("second-account");
            component.getConfiguration().setPassword("second-secret");
            return component;
        }
    }

    @Autowired
    private ProducerTemplate template;

    @Autowired
    private CamelContext camelContext;

    @DynamicPropertySource
    static void firstAccount(DynamicPropertyRegistry registry) {
        registry.add("camel.component.callfire.base-url", FIRST::baseUrl);
        registry.add("camel.component.callfire.username", () -> "first-account");
        registry.add("camel.component.callfire.password", () -> "first-secret");
        registry.add("camel.component.callfire.max-connections", () -> "3");
    }

    @AfterAll
    static void stopSandboxes() {
        FIRST.stop();
        SECOND.stop();
    }

    @Test
    void bothComponentsSendWithTheirOwnAccount() {
        Exchange first = template.request("callfire:texts/send?toNumber=12135551101",
                e -> e.getMessage().setBody("from the first account"));
        Exchange second = template.request("callfire2:texts/send?toNumber=12135551102",
                e -> e.getMessage().setBody("from the second account"));
        assertThat(first.getException()).isNull();
        assertThat(second.getException()).isNull();

        assertThat(texts("callfire")).containsExactly("from the first account");
        assertThat(texts("callfire2")).containsExactly("from the second account");
    }

    @Test
    void propertiesConfigureOnlyTheComponentNamedCallfire() {
        CallfireComponent callfire = camelContext.getComponent("callfire", CallfireComponent.class);
        CallfireComponent callfire2 = camelContext.getComponent("callfire2", CallfireComponent.class);

        assertThat(callfire).isNotSameAs(callfire2);
        assertThat(callfire.getConfiguration().getMaxConnections()).isEqualTo(3);
        assertThat(callfire2.getConfiguration().getUsername()).isEqualTo("second-account");
        assertThat(callfire2.getConfiguration().getBaseUrl()).isEqualTo(SECOND.baseUrl());
        assertThat(callfire2.getConfiguration().getMaxConnections()).isEqualTo(20);
    }

    @SuppressWarnings("unchecked")
    private java.util.List<String> texts(String component) {
        Page<Text> page = template.requestBody(component + ":texts/find", null, Page.class);
        return page.getItems().stream().map(Text::getMessage).toList();
    }
}
