package io.github.camelcallfire.operations;

import io.github.camelcallfire.model.AddDoNotContactRequest;
import io.github.camelcallfire.model.DoNotContact;
import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.model.TextResult;
import io.github.camelcallfire.model.UniversalDoNotContact;
import io.github.camelcallfire.model.UpdateDoNotContactRequest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The account's do-not-contact list and the universal look-up. */
class DncOperationsTest extends OperationsTestSupport {

    private static final String OPTED_OUT = "12135551801";

    @Test
    void addedNumberIsFoundAndNoLongerTexted() {
        act("callfire:dncs/add", dncRequest("crm", OPTED_OUT, "12135551802"));

        DoNotContact dnc = call("callfire:dncs/get?number=" + OPTED_OUT, null, DoNotContact.class);
        assertThat(dnc.getText()).isTrue();
        assertThat(dnc.getSource()).isEqualTo("crm");
        assertThat(page("callfire:dncs/find?source=crm", DoNotContact.class)).extracting(DoNotContact::getNumber)
                .containsExactlyInAnyOrder(OPTED_OUT, "12135551802");
        itemList("callfire:texts/send?sendResult=FULL&toNumber=" + OPTED_OUT, "Still there?", Text.class);
        assertThat(page("callfire:texts/find?limit=10&toNumber=" + OPTED_OUT, Text.class))
                .singleElement().extracting(Text::getFinalTextResult).isEqualTo(TextResult.DNT);
    }

    @Test
    void updatesAndDeletesOneNumber() {
        act("callfire:dncs/add", dncRequest("crm", OPTED_OUT));

        UpdateDoNotContactRequest update = new UpdateDoNotContactRequest();
        update.setText(false);
        update.setCall(true);
        act("callfire:dncs/update?number=" + OPTED_OUT, update);
        assertThat(call("callfire:dncs/get?number=" + OPTED_OUT, null, DoNotContact.class).getText()).isFalse();

        act("callfire:dncs/delete?number=" + OPTED_OUT, null);
        // as on live CallFire, a deleted number reads back unblocked rather than 404
        DoNotContact deleted = call("callfire:dncs/get?number=" + OPTED_OUT, null, DoNotContact.class);
        assertThat(deleted.getCall()).isFalse();
        assertThat(deleted.getText()).isFalse();
    }

    @Test
    void deletesEveryNumberOfASource() {
        act("callfire:dncs/add", dncRequest("import-2024", "12135551803", "12135551804"));
        act("callfire:dncs/add", dncRequest("manual", "12135551805"));

        act("callfire:dncs/delete-by-source?source=import-2024", null);

        assertThat(page("callfire:dncs/find", DoNotContact.class)).extracting(DoNotContact::getNumber)
                .containsExactly("12135551805");
    }

    @Test
    void universalListBlocksPremiumNumbersOnly() {
        List<UniversalDoNotContact> blocked = itemList("callfire:dncs/get-universal?toNumber=19005550100", null,
                UniversalDoNotContact.class);
        List<UniversalDoNotContact> open = itemList(
                "callfire:dncs/get-universal?toNumber=12135551806&fromNumber=12135550100", null,
                UniversalDoNotContact.class);

        assertThat(blocked).singleElement().satisfies(u -> {
            assertThat(u.getToNumber()).isEqualTo("19005550100");
            assertThat(u.getOutboundText()).isFalse();
        });
        assertThat(open).singleElement().extracting(UniversalDoNotContact::getOutboundText).isEqualTo(true);
    }

    private static AddDoNotContactRequest dncRequest(String source, String... numbers) {
        AddDoNotContactRequest request = new AddDoNotContactRequest();
        request.setNumbers(List.of(numbers));
        request.setSource(source);
        return request;
    }
}
