package io.github.camelcallfire.model;

import static io.github.camelcallfire.model.ModelSample.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EnvelopeModelTest {

    static List<ModelSample> samples() {
        return List.of(
                ModelSample.of(Page.class, Text.class, """
                        {"items":[{"id":2,"message":"newer","state":"READY"},{"id":1,"message":"older"}],
                         "limit":2,"offset":0,"totalCount":5}
                        """),
                ModelSample.of(ItemList.class, ResourceId.class, """
                        {"items":[{"id":10},{"id":11}]}
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void roundTripsThroughJacksonUnchanged(ModelSample sample) throws Exception {
        RoundTrip.assertUnchanged(sample);
    }

    @Test
    void bindsPageItemsToTheRequestedModel() throws Exception {
        Page<Text> page = MAPPER.readValue(
                "{\"items\":[{\"id\":2,\"state\":\"READY\"}],\"limit\":10,\"offset\":20,\"totalCount\":21}",
                new TypeReference<Page<Text>>() { });

        assertThat(page.getItems()).singleElement()
                .satisfies(text -> assertThat(text.getState()).isEqualTo(ActionState.READY));
        assertThat(page.getLimit()).isEqualTo(10L);
        assertThat(page.getOffset()).isEqualTo(20L);
        assertThat(page.getTotalCount()).isEqualTo(21L);
    }

    @Test
    void readsPageWithoutLimitAndOffset() throws Exception {
        Page<Contact> page = MAPPER.readValue("{\"items\":[{\"id\":1}],\"totalCount\":-1}",
                new TypeReference<Page<Contact>>() { });

        assertThat(page.getItems()).hasSize(1);
        assertThat(page.getLimit()).isNull();
        assertThat(page.getOffset()).isNull();
        assertThat(page.getTotalCount()).isEqualTo(-1L);
    }

    @Test
    void bindsItemListOfCallerIds() throws Exception {
        ItemList<CallerId> callerIds = MAPPER.readValue("{\"items\":[{\"phoneNumber\":\"12132000384\"}]}",
                new TypeReference<ItemList<CallerId>>() { });

        assertThat(callerIds.getItems()).extracting(CallerId::getPhoneNumber).containsExactly("12132000384");
    }

    @Test
    void describesPageWithItsItemsAndPaging() {
        Page<ResourceId> page = new Page<>();
        page.setItems(List.of(ResourceId.of(1L)));
        page.setTotalCount(1L);

        assertThat(page).hasToString("Page{items=[ResourceId{id=1}], totalCount=1}");
    }
}
