package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Carrier delivery receipt of a short-code text. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class DeliveryReport extends CallfireModel {

    private Long campaignId;
    private String fromNumber;
    private String toNumber;
    private String messageText;
    private String carrier;
    // a date-time string, unlike every other CallFire timestamp
    private String updated;
    private String deliveryCategory;
    // a String because CallFire has some 45 fine-grained states and keeps adding them
    private String deliveryState;

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
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

    public String getMessageText() {
        return messageText;
    }

    public void setMessageText(String messageText) {
        this.messageText = messageText;
    }

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    public String getUpdated() {
        return updated;
    }

    public void setUpdated(String updated) {
        this.updated = updated;
    }

    /**
     * {@link DeliveryCategory#UNKNOWN} for a value this version does not know; {@link #getRawDeliveryCategory()} has
     * the text.
     */
    public DeliveryCategory getDeliveryCategory() {
        return LenientEnum.parse(DeliveryCategory.class, deliveryCategory);
    }

    /**
     * Sets the value; setting the value the field already stands for keeps its text.
     *
     * @throws IllegalArgumentException for {@code UNKNOWN} unless the field already holds an unknown value
     */
    public void setDeliveryCategory(DeliveryCategory deliveryCategory) {
        this.deliveryCategory = LenientEnum.wire(deliveryCategory, this.deliveryCategory, "deliveryCategory");
    }

    /** The text CallFire sent (or that will be sent), also {@code ""} or a value this version does not know. */
    public String getRawDeliveryCategory() {
        return deliveryCategory;
    }

    public void setRawDeliveryCategory(String deliveryCategory) {
        this.deliveryCategory = deliveryCategory;
    }

    public String getDeliveryState() {
        return deliveryState;
    }

    public void setDeliveryState(String deliveryState) {
        this.deliveryState = deliveryState;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("campaignId", campaignId)
                .add("fromNumber", fromNumber)
                .add("toNumber", toNumber)
                .add("messageText", messageText)
                .add("carrier", carrier)
                .add("updated", updated)
                .add("deliveryCategory", deliveryCategory)
                .add("deliveryState", deliveryState)
                .toString();
    }
}
