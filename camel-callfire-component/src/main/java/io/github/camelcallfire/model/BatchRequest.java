package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** Adds a batch to a broadcast, from a contact list or from recipients. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class BatchRequest extends CallfireModel {

    private String name;
    private Long contactListId;
    private List<Recipient> recipients;
    private Boolean scrubDuplicates;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getContactListId() {
        return contactListId;
    }

    public void setContactListId(Long contactListId) {
        this.contactListId = contactListId;
    }

    public List<Recipient> getRecipients() {
        return recipients;
    }

    public void setRecipients(List<Recipient> recipients) {
        this.recipients = recipients;
    }

    public Boolean getScrubDuplicates() {
        return scrubDuplicates;
    }

    public void setScrubDuplicates(Boolean scrubDuplicates) {
        this.scrubDuplicates = scrubDuplicates;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("name", name)
                .add("contactListId", contactListId)
                .add("recipients", recipients)
                .add("scrubDuplicates", scrubDuplicates)
                .toString();
    }
}
