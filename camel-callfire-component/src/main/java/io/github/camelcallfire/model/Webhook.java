package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A subscription that makes CallFire POST events of a resource to a callback URL. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Webhook extends CallfireModel {

    private Long id;
    private String name;
    private String resource;
    private List<String> events;
    private String callback;
    private String secret;
    private Boolean enabled;
    private Boolean nonStrictSsl;
    private String fields;
    private Boolean singleUse;
    private Long createdAt;
    private Long updatedAt;
    private Long expiresAt;

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

    public String getResource() {
        return resource;
    }

    public void setResource(String resource) {
        this.resource = resource;
    }

    public List<String> getEvents() {
        return events;
    }

    public void setEvents(List<String> events) {
        this.events = events;
    }

    public String getCallback() {
        return callback;
    }

    public void setCallback(String callback) {
        this.callback = callback;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public Boolean getNonStrictSsl() {
        return nonStrictSsl;
    }

    public void setNonStrictSsl(Boolean nonStrictSsl) {
        this.nonStrictSsl = nonStrictSsl;
    }

    public String getFields() {
        return fields;
    }

    public void setFields(String fields) {
        this.fields = fields;
    }

    public Boolean getSingleUse() {
        return singleUse;
    }

    public void setSingleUse(Boolean singleUse) {
        this.singleUse = singleUse;
    }

    public Long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Long createdAt) {
        this.createdAt = createdAt;
    }

    public Long getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Long updatedAt) {
        this.updatedAt = updatedAt;
    }

    public Long getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(Long expiresAt) {
        this.expiresAt = expiresAt;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("id", id)
                .add("name", name)
                .add("resource", resource)
                .add("events", events)
                .add("callback", callback)
                .addSecret("secret", secret)
                .add("enabled", enabled)
                .add("nonStrictSsl", nonStrictSsl)
                .add("fields", fields)
                .add("singleUse", singleUse)
                .add("createdAt", createdAt)
                .add("updatedAt", updatedAt)
                .add("expiresAt", expiresAt)
                .toString();
    }
}
