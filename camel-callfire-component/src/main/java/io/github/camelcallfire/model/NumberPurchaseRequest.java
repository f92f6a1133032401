package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** Orders given numbers, or a count of local/toll-free numbers matching a location. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class NumberPurchaseRequest extends CallfireModel {

    private List<String> numbers;
    private Integer localCount;
    private Integer tollFreeCount;
    private String prefix;
    private String city;
    private String state;
    private String zipcode;
    private String lata;
    private String rateCenter;
    private String promo;

    public List<String> getNumbers() {
        return numbers;
    }

    public void setNumbers(List<String> numbers) {
        this.numbers = numbers;
    }

    public Integer getLocalCount() {
        return localCount;
    }

    public void setLocalCount(Integer localCount) {
        this.localCount = localCount;
    }

    public Integer getTollFreeCount() {
        return tollFreeCount;
    }

    public void setTollFreeCount(Integer tollFreeCount) {
        this.tollFreeCount = tollFreeCount;
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getZipcode() {
        return zipcode;
    }

    public void setZipcode(String zipcode) {
        this.zipcode = zipcode;
    }

    /** Local access and transport area (LATA) of the local numbers to order, e.g. {@code 730}. */
    public String getLata() {
        return lata;
    }

    public void setLata(String lata) {
        this.lata = lata;
    }

    /** Rate center of the local numbers to order, e.g. {@code SNMN SNMN}. */
    public String getRateCenter() {
        return rateCenter;
    }

    public void setRateCenter(String rateCenter) {
        this.rateCenter = rateCenter;
    }

    public String getPromo() {
        return promo;
    }

    public void setPromo(String promo) {
        this.promo = promo;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("numbers", numbers)
                .add("localCount", localCount)
                .add("tollFreeCount", tollFreeCount)
                .add("prefix", prefix)
                .add("city", city)
                .add("state", state)
                .add("zipcode", zipcode)
                .add("lata", lata)
                .add("rateCenter", rateCenter)
                .add("promo", promo)
                .toString();
    }
}
