package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A group of recipients added to a broadcast; only {@code enabled} can be changed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Batch extends CallfireModel {

    private Long id;
    private String name;
    private String status;
    private Long broadcastId;
    private Long created;
    private Integer size;
    private Integer remaining;
    private Boolean enabled;

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

    /** {@link BatchStatus#UNKNOWN} for a value this version does not know; {@link #getRawStatus()} has the text. */
    public BatchStatus getStatus() {
        return LenientEnum.parse(BatchStatus.class, status);
    }

    /**
     * Sets the value; setting the value the field already stands for keeps its text.
     *
     * @throws IllegalArgumentException for {@code UNKNOWN} unless the field already holds an unknown value
     */
    public void setStatus(BatchStatus status) {
        this.status = LenientEnum.wire(status, this.status, "status");
    }

    /** The text CallFire sent (or that will be sent), also {@code ""} or a value this version does not know. */
    public String getRawStatus() {
        return status;
    }

    public void setRawStatus(String status) {
        this.status = status;
    }

    public Long getBroadcastId() {
        return broadcastId;
    }

    public void setBroadcastId(Long broadcastId) {
        this.broadcastId = broadcastId;
    }

    public Long getCreated() {
        return created;
    }

    public void setCreated(Long created) {
        this.created = created;
    }

    public Integer getSize() {
        return size;
    }

    public void setSize(Integer size) {
        this.size = size;
    }

    public Integer getRemaining() {
        return remaining;
    }

    public void setRemaining(Integer remaining) {
        this.remaining = remaining;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("id", id)
                .add("name", name)
                .add("status", status)
                .add("broadcastId", broadcastId)
                .add("created", created)
                .add("size", size)
                .add("remaining", remaining)
                .add("enabled", enabled)
                .toString();
    }
}
