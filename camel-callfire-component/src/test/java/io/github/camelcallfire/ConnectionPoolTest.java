package io.github.camelcallfire;

import io.github.camelcallfire.model.Account;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionPoolTest extends CallfireTestSupport {

    @Test
    void endpointsWithTheSameSettingsShareOnePool() {
        CallfireComponent component = context.getComponent("callfire", CallfireComponent.class);
        CallfireEndpoint texts = context.getEndpoint("callfire:texts/find?limit=1", CallfireEndpoint.class);
        CallfireEndpoint account = context.getEndpoint("callfire:account/get", CallfireEndpoint.class);

        assertThat(component.httpClient(texts.getConfiguration().httpSettings()))
                .isSameAs(component.httpClient(account.getConfiguration().httpSettings()));
    }

    @Test
    void endpointGetsAFreshPoolAfterTheComponentRestarts() throws Exception {
        CallfireComponent component = context.getComponent("callfire", CallfireComponent.class);
        CallfireEndpoint endpoint = context.getEndpoint("callfire:account/get", CallfireEndpoint.class);
        template.requestBody(endpoint, null, Account.class);

        endpoint.stop();
        component.stop();
        component.start();
        endpoint.start();

        assertThat(template.requestBody(endpoint, null, Account.class)).isNotNull();
    }
}
