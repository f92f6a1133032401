package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A keyword leased by the account. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class KeywordLease extends CallfireModel {

    private String keyword;
    private String number;
    // deprecated twin of number, still sent by older servers
    private String shortCode;
    private Long leaseBegin;
    private Long leaseEnd;
    private Boolean autoRenew;
    private String status;
    private String type;
    private List<String> labels;
    private Long contactListId;
    private Boolean doubleOptInEnabled;
    private String optInConfirmationMessage;

    public String getKeyword() {
        return keyword;
    }

    public void setKeyword(String keyword) {
        this.keyword = keyword;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getShortCode() {
        return shortCode;
    }

    public void setShortCode(String shortCode) {
        this.shortCode = shortCode;
    }

    public Long getLeaseBegin() {
        return leaseBegin;
    }

    public void setLeaseBegin(Long leaseBegin) {
        this.leaseBegin = leaseBegin;
    }

    public Long getLeaseEnd() {
        return leaseEnd;
    }

    public void setLeaseEnd(Long leaseEnd) {
        this.leaseEnd = leaseEnd;
    }

    public Boolean getAutoRenew() {
        return autoRenew;
    }

    public void setAutoRenew(Boolean autoRenew) {
        this.autoRenew = autoRenew;
    }

    /** {@link LeaseStatus#UNKNOWN} for a value this version does not know; {@link #getRawStatus()} has the text. */
    public LeaseStatus getStatus() {
        return LenientEnum.parse(LeaseStatus.class, status);
    }

    /**
     * Sets the value; setting the value the field already stands for keeps its text.
     *
     * @throws IllegalArgumentException for {@code UNKNOWN} unless the field already holds an unknown value
     */
    public void setStatus(LeaseStatus status) {
        this.status = LenientEnum.wire(status, this.status, "status");
    }

    /** The text CallFire sent (or that will be sent), also {@code ""} or a value this version does not know. */
    public String getRawStatus() {
        return status;
    }

    public void setRawStatus(String status) {
        this.status = status;
    }

    /** {@link LeaseType#UNKNOWN} for a value this version does not know; {@link #getRawType()} has the text. */
    public LeaseType getType() {
        return LenientEnum.parse(LeaseType.class, type);
    }

    /**
     * Sets the value; setting the value the field already stands for keeps its text.
     *
     * @throws IllegalArgumentException for {@code UNKNOWN} unless the field already holds an unknown value
     */
    public void setType(LeaseType type) {
        this.type = LenientEnum.wire(type, this.type, "type");
    }

    /** The text CallFire sent (or that will be sent), also {@code ""} or a value this version does not know. */
    public String getRawType() {
        return type;
    }

    public void setRawType(String type) {
        this.type = type;
    }

    public List<String> getLabels() {
        return labels;
    }

    public void setLabels(List<String> labels) {
        this.labels = labels;
    }

    public Long getContactListId() {
        return contactListId;
    }

    public void setContactListId(Long contactListId) {
        this.contactListId = contactListId;
    }

    public Boolean getDoubleOptInEnabled() {
        return doubleOptInEnabled;
    }

    public void setDoubleOptInEnabled(Boolean doubleOptInEnabled) {
        this.doubleOptInEnabled = doubleOptInEnabled;
    }

    public String getOptInConfirmationMessage() {
        return optInConfirmationMessage;
    }

    public void setOptInConfirmationMessage(String optInConfirmationMessage) {
        this.optInConfirmationMessage = optInConfirmationMessage;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("keyword", keyword)
                .add("number", number)
                .add("shortCode", shortCode)
                .add("leaseBegin", leaseBegin)
                .add("leaseEnd", leaseEnd)
                .add("autoRenew", autoRenew)
                .add("status", status)
                .add("type", type)
                .add("labels", labels)
                .add("contactListId", contactListId)
                .add("doubleOptInEnabled", doubleOptInEnabled)
                .add("optInConfirmationMessage", optInConfirmationMessage)
                .toString();
    }
}
