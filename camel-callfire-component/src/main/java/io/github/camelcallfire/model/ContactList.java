package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A named list of contacts; everything but {@code name} is managed by CallFire. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ContactList extends CallfireModel {

    private Long id;
    private String name;
    private Integer size;
    private Long created;
    private String status;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getSize() {
        return size;
    }

    public void setSize(Integer size) {
        this.size = size;
    }

    public Long getCreated() {
        return created;
    }

    public void setCreated(Long created) {
        this.created = created;
    }

    /**
     * {@link ContactListStatus#UNKNOWN} for a value this version does not know; {@link #getRawStatus()} has the text.
     */
    public ContactListStatus getStatus() {
        return LenientEnum.parse(ContactListStatus.class, status);
    }

    /**
     * Sets the value; setting the value the field already stands for keeps its text.
     *
     * @throws IllegalArgumentException for {@code UNKNOWN} unless the field already holds an unknown value
     */
    public void setStatus(ContactListStatus status) {
        this.status = LenientEnum.wire(status, this.status, "status");
    }

    /** The text CallFire sent (or that will be sent), also {@code ""} or a value this version does not know. */
    public String getRawStatus() {
        return status;
    }

    public void setRawStatus(String status) {
        this.status = status;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("id", id)
                .add("name", name)
                .add("size", size)
                .add("created", created)
                .add("status", status)
                .toString();
    }
}
