package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Objects;

/** The id CallFire returns for a created resource. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ResourceId extends CallfireModel {

    private Long id;

    public static ResourceId of(Long id) {
        ResourceId resourceId = new ResourceId();
        resourceId.setId(id);
        return resourceId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResourceId that && Objects.equals(id, that.id)
                && getUnknownFields().equals(that.getUnknownFields());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, getUnknownFields());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("id", id)
                .toString();
    }
}
