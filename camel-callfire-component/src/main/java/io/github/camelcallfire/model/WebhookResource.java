package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A resource webhooks can subscribe to and its events. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class WebhookResource extends CallfireModel {

    private String resource;
    private List<String> supportedEvents;

    public String getResource() {
        return resource;
    }

    public void setResource(String resource) {
        this.resource = resource;
    }

    public List<String> getSupportedEvents() {
        return supportedEvents;
    }

    public void setSupportedEvents(List<String> supportedEvents) {
        this.supportedEvents = supportedEvents;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("resource", resource)
                .add("supportedEvents", supportedEvents)
                .toString();
    }
}
