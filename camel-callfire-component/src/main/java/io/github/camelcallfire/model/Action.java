package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/** Fields shared by texts and calls: one message or call to one number. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class Action extends CallfireModel {

    private Long id;
    private String fromNumber;
    private String toNumber;
    private Boolean inbound;
    private String state;
    private Long campaignId;
    private Long batchId;
    private Contact contact;
    private List<String> labels;
    private Map<String, String> attributes;
    private Long created;
    private Long modified;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getFromNumber() {
        return fromNumber;
    }

    public void setFromNumber(String fromNumber) {
        this.fromNumber = fromNumber;
    }

    public String getToNumber() {
        return toNumber;
    }

    public void setToNumber(String toNumber) {
        this.toNumber = toNumber;
    }

    public Boolean getInbound() {
        return inbound;
    }

    public void setInbound(Boolean inbound) {
        this.inbound = inbound;
    }

    /** {@link ActionState#UNKNOWN} for a value this version does not know; {@link #getRawState()} has the text. */
    public ActionState getState() {
        return LenientEnum.parse(ActionState.class, state);
    }

    /**
     * Sets the value; setting the value the field already stands for keeps its text.
     *
     * @throws IllegalArgumentException for {@code UNKNOWN} unless the field already holds an unknown value
     */
    public void setState(ActionState state) {
        this.state = LenientEnum.wire(state, this.state, "state");
    }

    /** The text CallFire sent (or that will be sent), also {@code ""} or a value this version does not know. */
    public String getRawState() {
        return state;
    }

    public void setRawState(String state) {
        this.state = state;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public Long getBatchId() {
        return batchId;
    }

    public void setBatchId(Long batchId) {
        this.batchId = batchId;
    }

    public Contact getContact() {
        return contact;
    }

    public void setContact(Contact contact) {
        this.contact = contact;
    }

    public List<String> getLabels() {
        return labels;
    }

    public void setLabels(List<String> labels) {
        this.labels = labels;
    }

    public Map<String, String> getAttributes() {
        return attributes;
    }

    public void setAttributes(Map<String, String> attributes) {
        this.attributes = attributes;
    }

    public Long getCreated() {
        return created;
    }

    public void setCreated(Long created) {
        this.created = created;
    }

    public Long getModified() {
        return modified;
    }

    public void setModified(Long modified) {
        this.modified = modified;
    }

    ModelDescription describe() {
        return new ModelDescription(this)
                .add("id", id)
                .add("fromNumber", fromNumber)
                .add("toNumber", toNumber)
                .add("inbound", inbound)
                .add("state", state)
                .add("campaignId", campaignId)
                .add("batchId", batchId)
                .add("contact", contact)
                .add("labels", labels)
                .add("attributes", attributes)
                .add("created", created)
                .add("modified", modified);
    }

    @Override
    public String toString() {
        return describe().toString();
    }
}
