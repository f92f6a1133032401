package io.github.camelcallfire.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.poll.ItemFields;
import io.github.camelcallfire.poll.ItemHeaders;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;

/**
 * Handles one HTTP request CallFire posts to a webhook's callback: checks the signature over the raw body, then emits
 * one exchange per event of the notification, each once (the idempotent repository drops events already emitted), and
 * answers the request.
 * <p>
 * Answers: 401 when a secret is set and the signature is missing or wrong (nothing is emitted), 400 when the body is
 * not a notification, 500 when an event failed in the route (the events emitted fine are remembered, so CallFire's
 * next delivery of the same notification emits only the failed ones), 200 with an empty body otherwise.
 */
public final class WebhookNotificationHandler implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookNotificationHandler.class);

    private final ObjectMapper mapper;
    private final WebhookSignature signature;
    private final IdempotentRepository repository;
    private final Function<Exchange, Exchange> eventExchanges;
    private final Processor next;
    private final Map<WebhookResourceType, ItemFields> itemFields = new EnumMap<>(WebhookResourceType.class);

    /**
     * @param secret         the webhook's secret; null accepts unsigned notifications
     * @param eventExchanges a new exchange for an event, given the HTTP exchange
     * @param next           the route, called once per new event
     */
    public WebhookNotificationHandler(ObjectMapper mapper, String secret, IdempotentRepository repository,
                                      Function<Exchange, Exchange> eventExchanges, Processor next) {
        this.mapper = mapper;
        this.signature = secret == null ? null : new WebhookSignature(secret);
        this.repository = repository;
        this.eventExchanges = eventExchanges;
        this.next = next;
        for (WebhookResourceType type : WebhookResourceType.values()) {
            if (type.bodyType() != Map.class) {
                itemFields.put(type, ItemFields.of(type.bodyType()));
            }
        }
    }

    @Override
    public void process(Exchange http) {
        Message request = http.getMessage();
        byte[] body = request.getBody(byte[].class);
        if (body == null) {
            body = new byte[0];
        }
        if (signature != null && !signature.matches(body, request.getHeader(WebhookSignature.HEADER, String.class))) {
            LOG.warn("Refused a CallFire notification to {}: {} header {}", http.getFromEndpoint(),
                    WebhookSignature.HEADER, request.getHeader(WebhookSignature.HEADER) == null ? "missing"
                            : "does not sign the body with the secret");
            answer(http, 401);
            return;
        }
        JsonNode notification;
        try {
            notification = mapper.readTree(body);
        } catch (IOException e) {
            notification = null;
        }
        if (notification == null || !notification.path("events").isArray()) {
            LOG.warn("Refused a request to {}: its body is not a CallFire webhook notification (JSON with events)",
                    http.getFromEndpoint());
            answer(http, 400);
            return;
        }
        boolean failed = false;
        for (JsonNode event : notification.get("events")) {
            failed |= !emit(http, notification, event);
        }
        answer(http, failed ? 500 : 200);
    }

    /* false when the event failed and should come again */
    private boolean emit(Exchange http, JsonNode notification, JsonNode event) {
        String resourceType = text(event, notification, "resourceType");
        String eventType = text(event, null, "eventType");
        Long webhookId = number(event, notification, "webhookId");
        Long timestamp = number(event, notification, "timestamp");
        JsonNode resource = event.path("resource");
        String key = key(webhookId, resourceType, eventType, resource, timestamp);
        if (!repository.add(key)) {
            LOG.debug("Dropped the repeated CallFire event {}", key);
            return true;
        }
        Exchange exchange = eventExchanges.apply(http);
        try {
            WebhookResourceType type = WebhookResourceType.fromWire(resourceType);
            Object item = body(type, resource);
            Message message = exchange.getMessage();
            message.setBody(item);
            setIfPresent(message, CallfireConstants.WEBHOOK_RESOURCE_TYPE, type == null ? resourceType
                    : type.wireName());
            setIfPresent(message, CallfireConstants.WEBHOOK_EVENT_TYPE, eventType);
            setIfPresent(message, CallfireConstants.WEBHOOK_ID, webhookId);
            setIfPresent(message, CallfireConstants.WEBHOOK_NAME, text(notification, null, "webhookName"));
            setIfPresent(message, CallfireConstants.WEBHOOK_EVENT_TIME, timestamp);
            if (type != null && itemFields.containsKey(type)) {
                ItemHeaders.apply(message, item, itemFields.get(type));
            }
            next.process(exchange);
        } catch (JsonProcessingException e) {
            LOG.warn("The resource of the CallFire event {} does not read as its model: {}", key,
                    e.getOriginalMessage());
            exchange.setException(e);
        } catch (Exception e) {
            exchange.setException(e);
        }
        if (exchange.isFailed()) {
            repository.remove(key);
            return false;
        }
        repository.confirm(key);
        return true;
    }

    private Object body(WebhookResourceType type, JsonNode resource) throws JsonProcessingException {
        Class<?> bodyType = type == null ? Map.class : type.bodyType();
        return resource.isMissingNode() || resource.isNull() ? null : mapper.treeToValue(resource, bodyType);
    }

    /**
     * The identity of an event: which webhook, which resource type and event, which resource (its id, or a digest of
     * its JSON when it has none) and when. CallFire sends a repeated delivery with the same values; the same event of
     * the same resource happening again (a broadcast started a second time) has a later timestamp.
     */
    static String key(Long webhookId, String resourceType, String eventType, JsonNode resource, Long timestamp) {
        JsonNode id = resource.path("id");
        String resourceKey = id.isValueNode() && !id.isNull() ? id.asText() : "sha256-" + digest(resource.toString());
        return webhookId + "/" + resourceType + "/" + eventType + "/" + resourceKey + "/" + timestamp;
    }

    private static String digest(String json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonNode node, JsonNode fallback, String field) {
        JsonNode value = node.path(field);
        if ((value.isMissingNode() || value.isNull()) && fallback != null) {
            value = fallback.path(field);
        }
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    private static Long number(JsonNode node, JsonNode fallback, String field) {
        JsonNode value = node.path(field);
        if (!value.canConvertToLong() && fallback != null) {
            value = fallback.path(field);
        }
        return value.canConvertToLong() ? value.asLong() : null;
    }

    private static void setIfPresent(Message message, String name, Object value) {
        if (value != null) {
            message.setHeader(name, value);
        }
    }

    /* the request's headers must not go back as the answer's (Content-Length, the signature) */
    private static void answer(Exchange http, int status) {
        Message response = http.getMessage();
        response.getHeaders().clear();
        response.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        response.setBody("");
    }
}
