package io.github.camelcallfire.operations;

import io.github.camelcallfire.model.AddContactListContactsRequest;
import io.github.camelcallfire.model.Contact;
import io.github.camelcallfire.model.ContactHistory;
import io.github.camelcallfire.model.ContactList;
import io.github.camelcallfire.model.CreateContactListRequest;
import io.github.camelcallfire.model.ResourceId;
import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.model.TextRecipient;
import io.github.camelcallfire.model.UpdateContactListRequest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** contacts and contact lists. */
class ContactOperationsTest extends OperationsTestSupport {

    @Test
    void createsFindsUpdatesAndDeletesContacts() {
        List<ResourceId> ids = itemList("callfire:contacts/create",
                List.of(contact("Ada", "12135551501"), contact("Alan", "12135551502")), ResourceId.class);
        long ada = ids.get(0).getId();

        assertThat(call("callfire:contacts/get?id=" + ada, null, Contact.class).getFirstName()).isEqualTo("Ada");
        assertThat(page("callfire:contacts/find?number=12135551502", Contact.class))
                .extracting(Contact::getId).containsExactly(ids.get(1).getId());

        Contact changed = contact("Augusta", "12135551501");
        act("callfire:contacts/update?id=" + ada, changed);
        assertThat(call("callfire:contacts/get?id=" + ada, null, Contact.class).getFirstName()).isEqualTo("Augusta");

        act("callfire:contacts/delete?id=" + ada, null);
        assertThat(call("callfire:contacts/get?id=" + ada, null, Contact.class).getDeleted()).isTrue();
        assertThat(page("callfire:contacts/find?number=12135551501", Contact.class)).isEmpty();
    }

    @Test
    void contactHistoryShowsTextsSentToTheContact() {
        long id = itemList("callfire:contacts/create", List.of(contact("Grace", "12135551503")), ResourceId.class)
                .get(0).getId();
        TextRecipient recipient = new TextRecipient();
        recipient.setContactId(id);
        recipient.setMessage("Hi Grace");
        itemList("callfire:texts/send?sendResult=FULL", List.of(recipient), Text.class);

        ContactHistory history = call("callfire:contacts/get-history?id=" + id, null, ContactHistory.class);

        assertThat(history.getTexts()).extracting(Text::getMessage).containsExactly("Hi Grace");
    }

    @Test
    void contactListTakesAndLosesMembers() {
        List<ResourceId> ids = itemList("callfire:contacts/create",
                List.of(contact("Ada", "12135551601"), contact("Alan", "12135551602"), contact("Edsger",
                        "12135551603")), ResourceId.class);
        CreateContactListRequest create = new CreateContactListRequest();
        create.setName("VIP");
        create.setContactIds(List.of(ids.get(0).getId()));
        long listId = create("callfire:contact-lists/create", create);

        AddContactListContactsRequest add = new AddContactListContactsRequest();
        add.setContactIds(List.of(ids.get(1).getId(), ids.get(2).getId()));
        act("callfire:contact-lists/add-items?id=" + listId, add);
        assertThat(page("callfire:contact-lists/get-items?id=" + listId, Contact.class)).hasSize(3);

        act("callfire:contact-lists/remove-item?id=" + listId + "&contactId=" + ids.get(0).getId(), null);
        act("callfire:contact-lists/remove-items?id=" + listId + "&contactId=" + ids.get(1).getId(), null);
        assertThat(page("callfire:contact-lists/get-items?id=" + listId, Contact.class))
                .extracting(Contact::getId).containsExactly(ids.get(2).getId());

        UpdateContactListRequest rename = new UpdateContactListRequest();
        rename.setName("VVIP");
        act("callfire:contact-lists/update?id=" + listId, rename);
        ContactList list = call("callfire:contact-lists/get?id=" + listId, null, ContactList.class);
        assertThat(list.getName()).isEqualTo("VVIP");
        assertThat(list.getSize()).isEqualTo(1);
        assertThat(page("callfire:contact-lists/find?name=VVIP", ContactList.class))
                .extracting(ContactList::getId).containsExactly(listId);

        act("callfire:contact-lists/delete?id=" + listId, null);
        assertNotFound("callfire:contact-lists/get?id=" + listId);
    }

    @Test
    void uploadsACsvFileAsANewContactList() {
        byte[] csv = "firstName,mobilePhone,team\nAda,12135551701,red\nAlan,12135551702,blue\n"
                .getBytes(StandardCharsets.UTF_8);

        long listId = create("callfire:contact-lists/upload?name=Imported&fileName=contacts.csv&useCustomFields=true",
                csv);

        List<Contact> members = page("callfire:contact-lists/get-items?id=" + listId, Contact.class);
        assertThat(members).extracting(Contact::getMobilePhone).containsExactlyInAnyOrder("12135551701",
                "12135551702");
        assertThat(members).extracting(c -> c.getProperties().get("team")).containsExactlyInAnyOrder("red", "blue");
    }

    private static Contact contact(String firstName, String mobilePhone) {
        Contact contact = new Contact();
        contact.setFirstName(firstName);
        contact.setMobilePhone(mobilePhone);
        return contact;
    }
}
