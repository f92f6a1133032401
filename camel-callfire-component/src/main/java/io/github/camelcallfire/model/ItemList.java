package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A non-paged list envelope: {@code {"items":[...]}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ItemList<T> extends CallfireModel {

    private List<T> items;

    public List<T> getItems() {
        return items;
    }

    public void setItems(List<T> items) {
        this.items = items;
    }

    ModelDescription describe() {
        return new ModelDescription(this)
                .add("items", items);
    }

    @Override
    public String toString() {
        return describe().toString();
    }
}
