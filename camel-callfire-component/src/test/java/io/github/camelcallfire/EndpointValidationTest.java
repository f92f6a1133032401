package io.github.camelcallfire;

import io.github.camelcallfire.model.TextBroadcastStats;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EndpointValidationTest extends CallfireTestSupport {

    @Test
    void unknownApiFailsAtRouteStartListingTheApis() {
        assertThat(routeStartFailure("callfire:tweets/send"))
                .contains("Unknown CallFire api 'tweets'", "texts", "calls", "broadcasts", "contact-lists");
    }

    @Test
    void unknownOperationFailsAtRouteStartListingTheOperationsOfTheApi() {
        assertThat(routeStartFailure("callfire:texts/shout"))
                .contains("Unknown CallFire operation 'shout'", "find, get, send");
    }

    @Test
    void optionOfAnotherOperationFailsAtRouteStartListingValidOptions() {
        assertThat(routeStartFailure("callfire:texts/get?defaultMessage=hi"))
                .contains("defaultMessage do not apply to callfire:texts/get (getText)", "Valid options: id, fields");
    }

    @Test
    void producerWithoutRequiredIdStartsBecauseMessagesMayGiveIt() throws Exception {
        CamelContext camel = new DefaultCamelContext();
        camel.addComponent("callfire", component(sandbox()));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:stats").to("callfire:broadcasts/stats");
            }
        });
        try {
            camel.start();
            assertThat(camel.getRouteController().getRouteStatus(camel.getRoutes().get(0).getRouteId()).isStarted())
                    .isTrue();
        } finally {
            camel.stop();
        }
    }

    @Test
    void autoPaginateOnANonPagedOperationFailsAtRouteStart() {
        assertThat(routeStartFailure("callfire:texts/get?autoPaginate=true"))
                .contains("autoPaginate", "getText");
    }

    @Test
    void broadcastRouteOfTheDocsTakesTheIdFromTheCreatedIdHeader() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:broadcast")
                    .to("callfire:broadcasts/create?start=true")
                    .setHeader("CamelCallfireId", header("CamelCallfireCreatedId"))
                    .to("callfire:broadcasts/stats");
            }
        });

        Object stats = template.requestBody("direct:broadcast", "{\"name\":\"stats\",\"message\":\"hi\"}");

        assertThat(stats).isInstanceOf(TextBroadcastStats.class);
    }

    private static String routeStartFailure(String uri) {
        return rootStartFailure(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start").to(uri);
            }
        });
    }
}
