package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** One kind of item in an order: how many were ordered and which were delivered. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class NumberOrderItem extends CallfireModel {

    private Integer ordered;
    private Double unitCost;
    private List<String> fulfilled;

    public Integer getOrdered() {
        return ordered;
    }

    public void setOrdered(Integer ordered) {
        this.ordered = ordered;
    }

    public Double getUnitCost() {
        return unitCost;
    }

    public void setUnitCost(Double unitCost) {
        this.unitCost = unitCost;
    }

    public List<String> getFulfilled() {
        return fulfilled;
    }

    public void setFulfilled(List<String> fulfilled) {
        this.fulfilled = fulfilled;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("ordered", ordered)
                .add("unitCost", unitCost)
                .add("fulfilled", fulfilled)
                .toString();
    }
}
