package io.github.camelcallfire;

import io.github.camelcallfire.model.Call;
import io.github.camelcallfire.model.ItemList;
import io.github.camelcallfire.model.Page;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CallsSendTest extends CallfireTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void stringBodyIsTheLiveMessageForEachToNumber() {
        ItemList<Call> placed = template.requestBody("callfire:calls/send?sendResult=FULL&toNumber=12135552001,12135552002",
                "Your order shipped", ItemList.class);

        assertThat(placed.getItems()).extracting(Call::getToNumber).containsExactly("12135552001", "12135552002");
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsLongerThanTenGoOutInRequestsOfTen() {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            numbers.add(String.valueOf(12135553000L + i));
        }

        ItemList<Call> placed = template.requestBody("callfire:calls/send?sendResult=FULL&defaultLiveMessage=Hello", numbers,
                ItemList.class);

        assertThat(placed.getItems()).extracting(Call::getToNumber).containsExactlyElementsOf(numbers);
        Page<Call> stored = template.requestBody("callfire:calls/find?limit=1", null, Page.class);
        assertThat(stored.getTotalCount()).isEqualTo(25L);
    }
}
