package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** An uploaded image, audio or video file usable in MMS. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Media extends CallfireModel {

    private Long id;
    private Long accountId;
    private String name;
    private Long created;
    private Long lengthInBytes;
    // a MIME string rather than an enum: CallFire adds types, and an unknown one must not break parsing
    private String mediaType;
    private String publicUrl;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getCreated() {
        return created;
    }

    public void setCreated(Long created) {
        this.created = created;
    }

    public Long getLengthInBytes() {
        return lengthInBytes;
    }

    public void setLengthInBytes(Long lengthInBytes) {
        this.lengthInBytes = lengthInBytes;
    }

    public String getMediaType() {
        return mediaType;
    }

    public void setMediaType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String getPublicUrl() {
        return publicUrl;
    }

    public void setPublicUrl(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("id", id)
                .add("accountId", accountId)
                .add("name", name)
                .add("created", created)
                .add("lengthInBytes", lengthInBytes)
                .add("mediaType", mediaType)
                .add("publicUrl", publicUrl)
                .toString();
    }
}
