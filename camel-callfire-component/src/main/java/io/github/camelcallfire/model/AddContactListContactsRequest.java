package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** Contacts to put into a list: set exactly one of contacts, contactIds or contactNumbers. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class AddContactListContactsRequest extends CallfireModel {

    private List<Contact> contacts;
    private List<Long> contactIds;
    private List<String> contactNumbers;
    // homePhone, workPhone or mobilePhone: the contact field the numbers fill
    private String contactNumbersField;
    private Boolean useCustomFields;

    public List<Contact> getContacts() {
        return contacts;
    }

    public void setContacts(List<Contact> contacts) {
        this.contacts = contacts;
    }

    public List<Long> getContactIds() {
        return contactIds;
    }

    public void setContactIds(List<Long> contactIds) {
        this.contactIds = contactIds;
    }

    public List<String> getContactNumbers() {
        return contactNumbers;
    }

    public void setContactNumbers(List<String> contactNumbers) {
        this.contactNumbers = contactNumbers;
    }

    public String getContactNumbersField() {
        return contactNumbersField;
    }

    public void setContactNumbersField(String contactNumbersField) {
        this.contactNumbersField = contactNumbersField;
    }

    public Boolean getUseCustomFields() {
        return useCustomFields;
    }

    public void setUseCustomFields(Boolean useCustomFields) {
        this.useCustomFields = useCustomFields;
    }

    ModelDescription describe() {
        return new ModelDescription(this)
                .add("contacts", contacts)
                .add("contactIds", contactIds)
                .add("contactNumbers", contactNumbers)
                .add("contactNumbersField", contactNumbersField)
                .add("useCustomFields", useCustomFields);
    }

    @Override
    public String toString() {
        return describe().toString();
    }
}
