package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A keyword leased by the account. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class KeywordLease {

    private String keyword;
    private String number;
    // deprecated twin of number, still sent by older servers
    private String shortCode;
    private Long leaseBegin;
    private Long leaseEnd;
    private Boolean autoRenew;
    private LeaseStatus status;
    private LeaseType type;
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

    public LeaseStatus getStatus() {
        return status;
    }

    public void setStatus(LeaseStatus status) {
        this.status = status;
    }

    public LeaseType getType() {
        return type;
    }

    public void setType(LeaseType type) {
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
