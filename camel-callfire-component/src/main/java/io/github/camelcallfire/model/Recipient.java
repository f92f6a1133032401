package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Map;

/** Who to contact: a phone number or an existing contact id, with optional per-recipient attributes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Recipient extends CallfireModel {

    private String phoneNumber;
    private Long contactId;
    private String fromNumber;
    private Map<String, String> attributes;

    /** A recipient identified by its 11-digit phone number. */
    public static Recipient to(String phoneNumber) {
        Recipient recipient = new Recipient();
        recipient.setPhoneNumber(phoneNumber);
        return recipient;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    public Long getContactId() {
        return contactId;
    }

    public void setContactId(Long contactId) {
        this.contactId = contactId;
    }

    public String getFromNumber() {
        return fromNumber;
    }

    public void setFromNumber(String fromNumber) {
        this.fromNumber = fromNumber;
    }

    public Map<String, String> getAttributes() {
        return attributes;
    }

    public void setAttributes(Map<String, String> attributes) {
        this.attributes = attributes;
    }

    ModelDescription describe() {
        return new ModelDescription(this)
                .add("phoneNumber", phoneNumber)
                .add("contactId", contactId)
                .add("fromNumber", fromNumber)
                .add("attributes", attributes);
    }

    @Override
    public String toString() {
        return describe().toString();
    }
}
