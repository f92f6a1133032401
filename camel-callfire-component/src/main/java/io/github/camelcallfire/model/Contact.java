package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Map;

/** A person with up to six phone numbers and free-form properties. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Contact extends CallfireModel {

    private Long id;
    private String firstName;
    private String lastName;
    private String zipcode;
    private String homePhone;
    private String workPhone;
    private String mobilePhone;
    private String extraPhone1;
    private String extraPhone2;
    private String extraPhone3;
    private String externalId;
    private String externalSystem;
    private Map<String, String> properties;
    private Boolean deleted;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getZipcode() {
        return zipcode;
    }

    public void setZipcode(String zipcode) {
        this.zipcode = zipcode;
    }

    public String getHomePhone() {
        return homePhone;
    }

    public void setHomePhone(String homePhone) {
        this.homePhone = homePhone;
    }

    public String getWorkPhone() {
        return workPhone;
    }

    public void setWorkPhone(String workPhone) {
        this.workPhone = workPhone;
    }

    public String getMobilePhone() {
        return mobilePhone;
    }

    public void setMobilePhone(String mobilePhone) {
        this.mobilePhone = mobilePhone;
    }

    public String getExtraPhone1() {
        return extraPhone1;
    }

    public void setExtraPhone1(String extraPhone1) {
        this.extraPhone1 = extraPhone1;
    }

    public String getExtraPhone2() {
        return extraPhone2;
    }

    public void setExtraPhone2(String extraPhone2) {
        this.extraPhone2 = extraPhone2;
    }

    public String getExtraPhone3() {
        return extraPhone3;
    }

    public void setExtraPhone3(String extraPhone3) {
        this.extraPhone3 = extraPhone3;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    /**
     * {@link ExternalSystem#UNKNOWN} for a value this version does not know; {@link #getRawExternalSystem()} has the
     * text.
     */
    public ExternalSystem getExternalSystem() {
        return LenientEnum.parse(ExternalSystem.class, externalSystem);
    }

    /**
     * Sets the value; setting the value the field already stands for keeps its text.
     *
     * @throws IllegalArgumentException for {@code UNKNOWN} unless the field already holds an unknown value
     */
    public void setExternalSystem(ExternalSystem externalSystem) {
        this.externalSystem = LenientEnum.wire(externalSystem, this.externalSystem, "externalSystem");
    }

    /** The text CallFire sent (or that will be sent), also {@code ""} or a value this version does not know. */
    public String getRawExternalSystem() {
        return externalSystem;
    }

    public void setRawExternalSystem(String externalSystem) {
        this.externalSystem = externalSystem;
    }

    public Map<String, String> getProperties() {
        return properties;
    }

    public void setProperties(Map<String, String> properties) {
        this.properties = properties;
    }

    public Boolean getDeleted() {
        return deleted;
    }

    public void setDeleted(Boolean deleted) {
        this.deleted = deleted;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("id", id)
                .add("firstName", firstName)
                .add("lastName", lastName)
                .add("zipcode", zipcode)
                .add("homePhone", homePhone)
                .add("workPhone", workPhone)
                .add("mobilePhone", mobilePhone)
                .add("extraPhone1", extraPhone1)
                .add("extraPhone2", extraPhone2)
                .add("extraPhone3", extraPhone3)
                .add("externalId", externalId)
                .add("externalSystem", externalSystem)
                .add("properties", properties)
                .add("deleted", deleted)
                .toString();
    }
}
