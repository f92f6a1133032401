package io.github.camelcallfire;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AutoPaginationTest extends CallfireTestSupport {

    private static final int TEXTS = 10_000;

    private final Set<Long> seenIds = new HashSet<>();

    @Override
    protected void addRoutes(CamelContext camelContext) throws Exception {
        camelContext.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:everyText")
                        .to("callfire:texts/find?autoPaginate=true&limit=700")
                        .split(body()).streaming()
                        .process(exchange -> seenIds.add(exchange.getMessage().getBody(
                                io.github.camelcallfire.model.Text.class).getId()));
            }
        });
    }

    @Test
    void streamingSplitWalksEveryItemOfEveryPage() {
        List<String> numbers = new ArrayList<>(TEXTS);
        for (int i = 0; i < TEXTS; i++) {
            numbers.add(String.valueOf(12130000000L + i));
        }
        template.sendBody("callfire:texts/send?defaultMessage=bulk", numbers);

        template.sendBody("direct:everyText", null);

        assertThat(seenIds).hasSize(TEXTS);
    }

    @Test
    void iteratorFetchesTheNextPageOnlyWhenNeeded() {
        template.sendBody("callfire:texts/send?defaultMessage=few", List.of("12135555001", "12135555002",
                "12135555003"));

        Iterator<?> items = template.requestBodyAndHeader("callfire:texts/find?limit=2", null,
                CallfireConstants.AUTO_PAGINATE, true, Iterator.class);
        int count = 0;
        while (items.hasNext()) {
            items.next();
            count++;
        }

        assertThat(count).isEqualTo(3);
    }
}
