package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** An order of numbers or keywords and its fulfilment. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class NumberOrder extends CallfireModel {

    private Long id;
    private String status;
    private Long created;
    private Double totalCost;
    private NumberOrderItem localNumbers;
    private NumberOrderItem tollFreeNumbers;
    private NumberOrderItem keywords;
    private Double salesTax;
    private Double summary;
    private Double total;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /**
     * {@link NumberOrderStatus#UNKNOWN} for a value this version does not know; {@link #getRawStatus()} has the text.
     */
    public NumberOrderStatus getStatus() {
        return LenientEnum.parse(NumberOrderStatus.class, status);
    }

    /**
     * Sets the value; setting the value the field already stands for keeps its text.
     *
     * @throws IllegalArgumentException for {@code UNKNOWN} unless the field already holds an unknown value
     */
    public void setStatus(NumberOrderStatus status) {
        this.status = LenientEnum.wire(status, this.status, "status");
    }

    /** The text CallFire sent (or that will be sent), also {@code ""} or a value this version does not know. */
    public String getRawStatus() {
        return status;
    }

    public void setRawStatus(String status) {
        this.status = status;
    }

    public Long getCreated() {
        return created;
    }

    public void setCreated(Long created) {
        this.created = created;
    }

    public Double getTotalCost() {
        return totalCost;
    }

    public void setTotalCost(Double totalCost) {
        this.totalCost = totalCost;
    }

    public NumberOrderItem getLocalNumbers() {
        return localNumbers;
    }

    public void setLocalNumbers(NumberOrderItem localNumbers) {
        this.localNumbers = localNumbers;
    }

    public NumberOrderItem getTollFreeNumbers() {
        return tollFreeNumbers;
    }

    public void setTollFreeNumbers(NumberOrderItem tollFreeNumbers) {
        this.tollFreeNumbers = tollFreeNumbers;
    }

    public NumberOrderItem getKeywords() {
        return keywords;
    }

    public void setKeywords(NumberOrderItem keywords) {
        this.keywords = keywords;
    }

    public Double getSalesTax() {
        return salesTax;
    }

    public void setSalesTax(Double salesTax) {
        this.salesTax = salesTax;
    }

    public Double getSummary() {
        return summary;
    }

    public void setSummary(Double summary) {
        this.summary = summary;
    }

    public Double getTotal() {
        return total;
    }

    public void setTotal(Double total) {
        this.total = total;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("id", id)
                .add("status", status)
                .add("created", created)
                .add("totalCost", totalCost)
                .add("localNumbers", localNumbers)
                .add("tollFreeNumbers", tollFreeNumbers)
                .add("keywords", keywords)
                .add("salesTax", salesTax)
                .add("summary", summary)
                .add("total", total)
                .toString();
    }
}
