package io.github.camelcallfire.webhook;

import io.github.camelcallfire.model.Call;
import io.github.camelcallfire.model.CallBroadcast;
import io.github.camelcallfire.model.ContactList;
import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.model.TextBroadcast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The resources a CallFire webhook can watch, the events each supports (as CallFire spells them on the wire) and the
 * model class an event's {@code resource} becomes. Resources without a model of their own arrive as a {@link Map}.
 */
public enum WebhookResourceType {

    INBOUND_TEXT("InboundText", Text.class, "Finished"),
    OUTBOUND_TEXT("OutboundText", Text.class, "Finished"),
    INBOUND_CALL("InboundCall", Call.class, "Finished"),
    OUTBOUND_CALL("OutboundCall", Call.class, "Finished"),
    TEXT_BROADCAST("TextBroadcast", TextBroadcast.class, "Started", "Stopped", "Finished"),
    CALL_BROADCAST("CallBroadcast", CallBroadcast.class, "Started", "Stopped", "Finished"),
    CCC_CAMPAIGN("CccCampaign", Map.class, "Started", "Stopped", "Finished"),
    CONTACT_LIST("ContactList", ContactList.class, "ValidationFinished", "ValidationFailed"),
    OUTBOUND_TEXT_DELIVERY_REPORT("OutboundTextDeliveryReport", Map.class, "Received"),
    MONTHLY_RENEWAL("MonthlyRenewal", Map.class, "Finished", "Failed"),
    LOW_BALANCE("LowBalance", Map.class, "Finished", "Failed");

    private final String wireName;
    private final Class<?> bodyType;
    private final List<String> events;

    WebhookResourceType(String wireName, Class<?> bodyType, String... events) {
        this.wireName = wireName;
        this.bodyType = bodyType;
        this.events = List.of(events);
    }

    /** The name CallFire uses, e.g. {@code InboundText}. */
    public String wireName() {
        return wireName;
    }

    /** The class the event's resource is read into. */
    public Class<?> bodyType() {
        return bodyType;
    }

    /** The events this resource supports, as CallFire spells them. */
    public List<String> events() {
        return events;
    }

    /** The resource of a notification; null when CallFire names one this component does not know. */
    public static WebhookResourceType fromWire(String name) {
        if (name == null) {
            return null;
        }
        for (WebhookResourceType type : values()) {
            if (type.wireName.equalsIgnoreCase(name.trim())) {
                return type;
            }
        }
        return null;
    }

    /**
     * The value of the option {@code resource}, ignoring case.
     *
     * @throws IllegalArgumentException naming the valid resources
     */
    public static WebhookResourceType parse(String option) {
        WebhookResourceType type = fromWire(option);
        if (type == null) {
            throw new IllegalArgumentException("Option resource: '" + option + "' is not a CallFire webhook resource. "
                    + "Valid resources: " + Arrays.stream(values()).map(WebhookResourceType::wireName)
                    .collect(Collectors.joining(", ")));
        }
        return type;
    }

    /**
     * The value of the option {@code events} (comma-separated, case ignored) in CallFire's spelling; every event of
     * the resource when {@code option} is null or blank.
     *
     * @throws IllegalArgumentException naming the events the resource supports
     */
    public List<String> parseEvents(String option) {
        if (option == null || option.isBlank()) {
            return events;
        }
        Map<String, String> chosen = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String given : option.split(",")) {
            String name = given.trim();
            if (name.isEmpty()) {
                continue;
            }
            events.stream().filter(event -> event.equalsIgnoreCase(name)).findFirst()
                    .ifPresentOrElse(event -> chosen.put(event.toLowerCase(Locale.ROOT), event),
                            () -> unknown.add(name));
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Option events: " + String.join(", ", unknown) + (unknown.size() == 1
                    ? " is not an event" : " are not events") + " of the webhook resource " + wireName + ", which "
                    + "supports: " + String.join(", ", events) + " (leave events out to subscribe to all of them)");
        }
        return List.copyOf(chosen.values());
    }
}
