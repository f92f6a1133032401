package io.github.camelcallfire.model;

import static io.github.camelcallfire.model.ModelSample.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ContactModelTest {

    static final String CONTACT = """
            {"id":4096,"firstName":"Jane","lastName":"Doe","zipcode":"90001","homePhone":"12135551100",
             "workPhone":"12135551101","mobilePhone":"12135551102","extraPhone1":"12135551103",
             "extraPhone2":"12135551104","extraPhone3":"12135551105","externalId":"sf-1",
             "externalSystem":"SALES_FORCE_LEADS","properties":{"tier":"gold"},"deleted":false}
            """;

    static List<ModelSample> samples() {
        return List.of(
                ModelSample.of(Contact.class, CONTACT),
                ModelSample.of(ContactList.class, """
                        {"id":9,"name":"VIP","size":120,"created":1700000000000,"status":"VALIDATING"}
                        """),
                ModelSample.of(CreateContactListRequest.class, """
                        {"name":"VIP","contacts":[{"firstName":"Jane","homePhone":"12135551100"}],
                         "contactIds":[1,2],"contactNumbers":["12135551100"],"contactNumbersField":"mobilePhone",
                         "useCustomFields":true}
                        """),
                ModelSample.of(AddContactListContactsRequest.class, """
                        {"contactNumbers":["12135551100","12135551101"],"contactNumbersField":"homePhone"}
                        """),
                ModelSample.of(UpdateContactListRequest.class, """
                        {"name":"VIP 2024"}
                        """),
                ModelSample.of(ContactHistory.class, """
                        {"id":4096,"calls":[{"id":22003,"state":"READY"}],
                         "texts":[{"id":11646003,"message":"Hi","finalTextResult":"SENT"}]}
                        """),
                ModelSample.of(DoNotContact.class, """
                        {"number":"12135551100","call":true,"text":false,"inboundCall":false,"inboundText":true,
                         "source":"Api V2","campaignId":42,"listId":7,"created":1700000000000}
                        """),
                ModelSample.of(AddDoNotContactRequest.class, """
                        {"numbers":["12135551100","12135551101"],"call":true,"text":true,"inboundCall":false,
                         "inboundText":false,"source":"complaints"}
                        """),
                ModelSample.of(UpdateDoNotContactRequest.class, """
                        {"number":"12135551100","call":false,"text":true,"inboundCall":true,"inboundText":false,
                         "source":"complaints"}
                        """),
                ModelSample.of(UniversalDoNotContact.class, """
                        {"toNumber":"12135551100","fromNumber":"12132000384","inboundCall":true,"inboundText":true,
                         "outboundCall":false,"outboundText":true}
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void roundTripsThroughJacksonUnchanged(ModelSample sample) throws Exception {
        RoundTrip.assertUnchanged(sample);
    }

    @Test
    void readsEveryPhoneAndCustomPropertyOfContact() throws Exception {
        Contact contact = MAPPER.readValue(CONTACT, Contact.class);

        assertThat(contact.getExtraPhone3()).isEqualTo("12135551105");
        assertThat(contact.getExternalSystem()).isEqualTo(ExternalSystem.SALES_FORCE_LEADS);
        assertThat(contact.getProperties()).containsEntry("tier", "gold");
    }

    @Test
    void createContactListRequestCarriesTheNameBesideTheContacts() throws Exception {
        CreateContactListRequest request = new CreateContactListRequest();
        request.setName("VIP");
        request.setContactIds(List.of(1L, 2L));

        assertThat(MAPPER.writeValueAsString(request)).isEqualTo("{\"contactIds\":[1,2],\"name\":\"VIP\"}");
    }
}
