package io.github.camelcallfire.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * The base of every CallFire model: forward compatibility with the API as it grows.
 * <ul>
 * <li>JSON fields this version does not know are kept, in their order, as {@link #getUnknownFields() unknown
 * fields} and written back unchanged, so a read → modify → update sends CallFire what it sent.</li>
 * <li>The wire shape is the declared fields, never the getters: an enum-typed field stores the exact text CallFire
 * sent (also {@code ""} or a value newer than this version) and writes it back verbatim, while its getter answers
 * the enum constant ({@code UNKNOWN} for text this version does not know) and a {@code getRaw...()} accessor the
 * text.</li>
 * </ul>
 * Both are declared on the models themselves, so they hold whatever {@code ObjectMapper} reads or writes them.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
                isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
                creatorVisibility = Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class CallfireModel {

    /* transient: not a JSON property (the any-getter writes it); null until the first unknown field arrives */
    private transient Map<String, JsonNode> unknownFields;

    /**
     * The JSON fields of this object that this version has no field for, in the order they arrived: read-only;
     * written back as they are.
     */
    @JsonAnyGetter
    public Map<String, JsonNode> getUnknownFields() {
        return unknownFields == null ? Collections.emptyMap() : Collections.unmodifiableMap(unknownFields);
    }

    /**
     * Sets a field this version has no Java field for (or replaces a kept one); it is written after the known
     * fields. A {@code null} value is written as JSON {@code null}.
     */
    @JsonAnySetter
    public void setUnknownField(String name, JsonNode value) {
        Objects.requireNonNull(name, "name");
        if (unknownFields == null) {
            unknownFields = new LinkedHashMap<>();
        }
        unknownFields.put(name, value == null ? NullNode.getInstance() : value);
    }

    /** Drops a kept unknown field, so it is not written back; does nothing if there is none of that name. */
    public void removeUnknownField(String name) {
        if (unknownFields != null) {
            unknownFields.remove(name);
        }
    }
}
