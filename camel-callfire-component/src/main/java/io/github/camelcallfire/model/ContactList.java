package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A named list of contacts; everything but {@code name} is managed by CallFire. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ContactList {

    private Long id;
    private String name;
    private Integer size;
    private Long created;
    private ContactListStatus status;

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

    public ContactListStatus getStatus() {
        return status;
    }

    public void setStatus(ContactListStatus status) {
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
