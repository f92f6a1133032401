package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A number that must not be called and/or texted. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class DoNotContact extends DoNotContactFlags {

    private String number;
    private Long campaignId;
    private Long listId;
    private Long created;

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    /** Id of the do-not-contact list holding the number (the spec's {@code listId}; older accounts). */
    public Long getListId() {
        return listId;
    }

    public void setListId(Long listId) {
        this.listId = listId;
    }

    public Long getCreated() {
        return created;
    }

    public void setCreated(Long created) {
        this.created = created;
    }

    @Override
    ModelDescription describe() {
        return super.describe()
                .add("number", number)
                .add("campaignId", campaignId)
                .add("listId", listId)
                .add("created", created);
    }
}
