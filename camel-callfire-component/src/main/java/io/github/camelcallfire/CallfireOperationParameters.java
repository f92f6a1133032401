package io.github.camelcallfire;

import org.apache.camel.spi.Configurer;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

import java.util.List;

/**
 * The path and query parameters of all CallFire operations, as endpoint options. Each operation takes only some of
 * them (see docs/operations.md); the endpoint rejects options its operation does not take. A null value means unset.
 * Every option can be overridden per message by the header {@code CamelCallfire<OptionName>}.
 * <p>
 * Camel's catalog lists these options per operation ({@code apiProperties}, from the classes that
 * src/build/java/GenerateApiOptions.java generates), not as options of every endpoint; {@code CallfireComponent}
 * binds them here with the configurer generated from {@code @Configurer}.
 */
@UriParams
@Configurer(extended = true)
public class CallfireOperationParameters {

    /** All option names, in alphabetical order. */
    public static final List<String> NAMES = List.of(
            "batchId",
            "begin",
            "call",
            "callback",
            "callerid",
            "campaignId",
            "city",
            "cityPrefix",
            "contactCount",
            "contactId",
            "contactListId",
            "country",
            "defaultLiveMessage",
            "defaultLiveMessageSoundId",
            "defaultMachineMessage",
            "defaultMachineMessageSoundId",
            "defaultMessage",
            "defaultVoice",
            "enable",
            "enabled",
            "end",
            "event",
            "exactMatch",
            "extension",
            "fields",
            "fileName",
            "filter",
            "fromNumber",
            "id",
            "inbound",
            "inboundCall",
            "inboundText",
            "includeArchived",
            "includePending",
            "includeScrubbed",
            "intervalBegin",
            "intervalEnd",
            "key",
            "keyword",
            "keywords",
            "label",
            "labelName",
            "lata",
            "limit",
            "name",
            "number",
            "offset",
            "orderBy",
            "pattern",
            "prefix",
            "propertyName",
            "propertyValue",
            "rateCenter",
            "resource",
            "results",
            "running",
            "scheduled",
            "source",
            "start",
            "state",
            "states",
            "status",
            "strictValidation",
            "text",
            "toNumber",
            "tollFree",
            "useCustomFields",
            "zipcode");

    @UriParam(description = "Only return actions of this contact batch.")
    private Long batchId;

    @UriParam(description = "Start of the statistics interval, in epoch milliseconds.")
    private Long begin;

    @UriParam(description = "Do-not-contact filter: only entries that block (true) or allow (false) calls.")
    private Boolean call;

    @UriParam(description = "Webhook callback URL filter.")
    private String callback;

    @UriParam(description = "Caller id phone number (11 digits, no plus sign) to verify.")
    private String callerid;

    @UriParam(description = "Id of a campaign (broadcast). On texts/find and calls/find, 0 selects the actions sent "
            + "through texts/send or calls/send; on sends, the campaign to send through.")
    private Long campaignId;

    @UriParam(description = "City name filter.")
    private String city;

    @UriParam(description = "Filter regions whose city name starts with this text.")
    private String cityPrefix;

    @UriParam(description = "Filter contact lists by their number of contacts.")
    private Long contactCount;

    @UriParam(description = "Id of a contact. On contact-lists/remove-items several ids may be given, separated by "
            + "commas.")
    private String contactId;

    @UriParam(description = "Only return contacts that belong to this contact list.")
    private Long contactListId;

    @UriParam(description = "Two-letter country code filter.")
    private String country;

    @UriParam(description = "Text-to-speech message played when a person answers, for recipients without their own "
            + "liveMessage.")
    private String defaultLiveMessage;

    @UriParam(description = "Id of the sound played when a person answers, for recipients without their own sound.")
    private Long defaultLiveMessageSoundId;

    @UriParam(description = "Text-to-speech message played when an answering machine is detected, for recipients "
            + "without their own machineMessage.")
    private String defaultMachineMessage;

    @UriParam(description = "Id of the sound played when an answering machine is detected, for recipients without their"
            + " own sound.")
    private Long defaultMachineMessageSoundId;

    @UriParam(description = "Message text for recipients that carry no message of their own.")
    private String defaultMessage;

    @UriParam(description = "Voice for all text-to-speech messages of the request: MALE1, FEMALE1, FEMALE2, SPANISH1 or"
            + " FRENCHCANADIAN1.", enums = "MALE1,FEMALE1,FEMALE2,SPANISH1,FRENCHCANADIAN1")
    private String defaultVoice;

    @UriParam(description = "True enables the given recipients of the broadcast, false disables them.")
    private Boolean enable;

    @UriParam(description = "True for enabled webhooks only, false for disabled ones.")
    private Boolean enabled;

    @UriParam(description = "End of the statistics interval, in epoch milliseconds.")
    private Long end;

    @UriParam(description = "Webhook event name filter, e.g. Finished.")
    private String event;

    @UriParam(description = "Match the contact list name exactly instead of as a prefix.")
    private Boolean exactMatch;

    @UriParam(description = "File extension of the media data to download, for example jpg, png or mp3.")
    private String extension;

    @UriParam(description = "Partial response: the properties to return, e.g. id,name or items(id,state); see the "
            + "CallFire fields syntax.")
    private String fields;

    @UriParam(description = "File name sent with an uploaded file (sounds/upload, media/upload, contact-lists/upload); "
            + "defaults to the name of a File or Path body. The extension tells CallFire the file type.")
    private String fileName;

    @UriParam(description = "Free-text name filter.")
    private String filter;

    @UriParam(description = "Sender phone number (11 digits, no plus sign) or short code to filter by or to check "
            + "against.")
    private String fromNumber;

    @UriParam(description = "Id of the resource the operation works on (text, call, broadcast, batch, contact, list, "
            + "sound, media, order, auto-reply, credential, recording). On texts/find, calls/find and "
            + "contacts/find it filters by id instead: several ids separated by commas; other filters are"
            + " then ignored.")
    private String id;

    @UriParam(description = "True for inbound actions only, false for outbound only; unset returns both.")
    private Boolean inbound;

    @UriParam(description = "Do-not-contact filter: only entries that block (true) or allow (false) inbound calls.")
    private Boolean inboundCall;

    @UriParam(description = "Do-not-contact filter: only entries that block (true) or allow (false) inbound texts.")
    private Boolean inboundText;

    @UriParam(description = "Also return archived sounds.")
    private Boolean includeArchived;

    @UriParam(description = "Also return sounds still being processed.")
    private Boolean includePending;

    @UriParam(description = "Also return sounds that were scrubbed.")
    private Boolean includeScrubbed;

    @UriParam(description = "Start of the search interval, in epoch milliseconds (creation time of the resource).")
    private Long intervalBegin;

    @UriParam(description = "End of the search interval, in epoch milliseconds.")
    private Long intervalEnd;

    @UriParam(description = "Public key of a media file (from its publicUrl).")
    private String key;

    @UriParam(description = "Keyword, as leased on a short code.")
    private String keyword;

    @UriParam(description = "Keywords whose availability to check, separated by commas.")
    private String keywords;

    @UriParam(description = "Only return resources carrying this label.")
    private String label;

    @UriParam(description = "Only return leases carrying this label.")
    private String labelName;

    @UriParam(description = "Local access and transport area (LATA) filter.")
    private String lata;

    @UriParam(description = "Page size: maximum number of items returned (the API caps it at 1000). Always sent when "
            + "given; with autoPaginate it is the size of each fetched page.")
    private Long limit;

    @UriParam(description = "Name: a name filter on finds (broadcasts, contact lists, credentials, webhooks), the "
            + "recording name on calls/get-recording-by-name and calls/get-recording-mp3-by-name, the "
            + "name given to an uploaded sound, media file or contact list.")
    private String name;

    @UriParam(description = "Phone number (11 digits, no plus sign): the do-not-contact entry or the leased number to "
            + "work on; on contacts/find and dncs/find several numbers may be given, separated by commas;"
            + " on auto-replies/find the number the auto-reply belongs to.")
    private String number;

    @UriParam(description = "Index of the first item to return (0-based item offset, not a page number).")
    private Long offset;

    @UriParam(description = "Sort order of the contact lists found.")
    private String orderBy;

    @UriParam(description = "Toll-free number pattern, e.g. 84*.")
    private String pattern;

    @UriParam(description = "Phone number prefix (area code and exchange) filter.")
    private String prefix;

    @UriParam(description = "Name of a contact property to filter by; use together with propertyValue.")
    private String propertyName;

    @UriParam(description = "Value of the contact property named by propertyName.")
    private String propertyValue;

    @UriParam(description = "Rate center filter.")
    private String rateCenter;

    @UriParam(description = "Webhook resource type, e.g. InboundText, OutboundCall, TextBroadcast.")
    private String resource;

    @UriParam(description = "Only return actions with one of these results, separated by commas (e.g. SENT,RECEIVED or "
            + "LA,AM).")
    private String results;

    @UriParam(description = "True for running broadcasts only, false for broadcasts that are not running.")
    private Boolean running;

    @UriParam(description = "True for scheduled broadcasts only.")
    private Boolean scheduled;

    @UriParam(description = "Source (named list) of do-not-contact entries.")
    private String source;

    @UriParam(description = "Start the broadcast immediately after creating it.")
    private Boolean start;

    @UriParam(description = "Two-letter US state filter.")
    private String state;

    @UriParam(description = "Only return actions in one of these states, separated by commas (e.g. READY,FINISHED).")
    private String states;

    @UriParam(description = "Only return orders with one of these statuses, separated by commas.")
    private String status;

    @UriParam(description = "Reject the request with an error (400) when a recipient number is invalid, instead of "
            + "skipping it.")
    private Boolean strictValidation;

    @UriParam(description = "Do-not-contact filter: only entries that block (true) or allow (false) texts.")
    private Boolean text;

    @UriParam(description = "Recipient phone number (11 digits, no plus sign). On finds a filter; on dncs/get-universal"
            + " the number to check; on texts/send and calls/send the recipient(s) of a String body, "
            + "several separated by commas.")
    private String toNumber;

    @UriParam(description = "True for toll-free leases only, false for local ones.")
    private Boolean tollFree;

    @UriParam(description = "Import the extra columns of an uploaded CSV file as custom contact properties.")
    private Boolean useCustomFields;

    @UriParam(description = "Five-digit ZIP code filter.")
    private String zipcode;

    /** The value of the option {@code option} (one of {@link #NAMES}), without reflection. */
    public Object value(String option) {
        return switch (option) {
            case "batchId" -> this.batchId;
            case "begin" -> this.begin;
            case "call" -> this.call;
            case "callback" -> this.callback;
            case "callerid" -> this.callerid;
            case "campaignId" -> this.campaignId;
            case "city" -> this.city;
            case "cityPrefix" -> this.cityPrefix;
            case "contactCount" -> this.contactCount;
            case "contactId" -> this.contactId;
            case "contactListId" -> this.contactListId;
            case "country" -> this.country;
            case "defaultLiveMessage" -> this.defaultLiveMessage;
            case "defaultLiveMessageSoundId" -> this.defaultLiveMessageSoundId;
            case "defaultMachineMessage" -> this.defaultMachineMessage;
            case "defaultMachineMessageSoundId" -> this.defaultMachineMessageSoundId;
            case "defaultMessage" -> this.defaultMessage;
            case "defaultVoice" -> this.defaultVoice;
            case "enable" -> this.enable;
            case "enabled" -> this.enabled;
            case "end" -> this.end;
            case "event" -> this.event;
            case "exactMatch" -> this.exactMatch;
            case "extension" -> this.extension;
            case "fields" -> this.fields;
            case "fileName" -> this.fileName;
            case "filter" -> this.filter;
            case "fromNumber" -> this.fromNumber;
            case "id" -> this.id;
            case "inbound" -> this.inbound;
            case "inboundCall" -> this.inboundCall;
            case "inboundText" -> this.inboundText;
            case "includeArchived" -> this.includeArchived;
            case "includePending" -> this.includePending;
            case "includeScrubbed" -> this.includeScrubbed;
            case "intervalBegin" -> this.intervalBegin;
            case "intervalEnd" -> this.intervalEnd;
            case "key" -> this.key;
            case "keyword" -> this.keyword;
            case "keywords" -> this.keywords;
            case "label" -> this.label;
            case "labelName" -> this.labelName;
            case "lata" -> this.lata;
            case "limit" -> this.limit;
            case "name" -> this.name;
            case "number" -> this.number;
            case "offset" -> this.offset;
            case "orderBy" -> this.orderBy;
            case "pattern" -> this.pattern;
            case "prefix" -> this.prefix;
            case "propertyName" -> this.propertyName;
            case "propertyValue" -> this.propertyValue;
            case "rateCenter" -> this.rateCenter;
            case "resource" -> this.resource;
            case "results" -> this.results;
            case "running" -> this.running;
            case "scheduled" -> this.scheduled;
            case "source" -> this.source;
            case "start" -> this.start;
            case "state" -> this.state;
            case "states" -> this.states;
            case "status" -> this.status;
            case "strictValidation" -> this.strictValidation;
            case "text" -> this.text;
            case "toNumber" -> this.toNumber;
            case "tollFree" -> this.tollFree;
            case "useCustomFields" -> this.useCustomFields;
            case "zipcode" -> this.zipcode;
            default -> throw new IllegalArgumentException("Unknown CallFire option: " + option);
        };
    }

    public Long getBatchId() {
        return batchId;
    }

    public void setBatchId(Long batchId) {
        this.batchId = batchId;
    }

    public Long getBegin() {
        return begin;
    }

    public void setBegin(Long begin) {
        this.begin = begin;
    }

    public Boolean getCall() {
        return call;
    }

    public void setCall(Boolean call) {
        this.call = call;
    }

    public String getCallback() {
        return callback;
    }

    public void setCallback(String callback) {
        this.callback = callback;
    }

    public String getCallerid() {
        return callerid;
    }

    public void setCallerid(String callerid) {
        this.callerid = callerid;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCityPrefix() {
        return cityPrefix;
    }

    public void setCityPrefix(String cityPrefix) {
        this.cityPrefix = cityPrefix;
    }

    public Long getContactCount() {
        return contactCount;
    }

    public void setContactCount(Long contactCount) {
        this.contactCount = contactCount;
    }

    public String getContactId() {
        return contactId;
    }

    public void setContactId(String contactId) {
        this.contactId = contactId;
    }

    public Long getContactListId() {
        return contactListId;
    }

    public void setContactListId(Long contactListId) {
        this.contactListId = contactListId;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getDefaultLiveMessage() {
        return defaultLiveMessage;
    }

    public void setDefaultLiveMessage(String defaultLiveMessage) {
        this.defaultLiveMessage = defaultLiveMessage;
    }

    public Long getDefaultLiveMessageSoundId() {
        return defaultLiveMessageSoundId;
    }

    public void setDefaultLiveMessageSoundId(Long defaultLiveMessageSoundId) {
        this.defaultLiveMessageSoundId = defaultLiveMessageSoundId;
    }

    public String getDefaultMachineMessage() {
        return defaultMachineMessage;
    }

    public void setDefaultMachineMessage(String defaultMachineMessage) {
        this.defaultMachineMessage = defaultMachineMessage;
    }

    public Long getDefaultMachineMessageSoundId() {
        return defaultMachineMessageSoundId;
    }

    public void setDefaultMachineMessageSoundId(Long defaultMachineMessageSoundId) {
        this.defaultMachineMessageSoundId = defaultMachineMessageSoundId;
    }

    public String getDefaultMessage() {
        return defaultMessage;
    }

    public void setDefaultMessage(String defaultMessage) {
        this.defaultMessage = defaultMessage;
    }

    public String getDefaultVoice() {
        return defaultVoice;
    }

    public void setDefaultVoice(String defaultVoice) {
        this.defaultVoice = defaultVoice;
    }

    public Boolean getEnable() {
        return enable;
    }

    public void setEnable(Boolean enable) {
        this.enable = enable;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public Long getEnd() {
        return end;
    }

    public void setEnd(Long end) {
        this.end = end;
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }

    public Boolean getExactMatch() {
        return exactMatch;
    }

    public void setExactMatch(Boolean exactMatch) {
        this.exactMatch = exactMatch;
    }

    public String getExtension() {
        return extension;
    }

    public void setExtension(String extension) {
        this.extension = extension;
    }

    public String getFields() {
        return fields;
    }

    public void setFields(String fields) {
        this.fields = fields;
    }

    public String getFileName() {
        return fileName;
    }

    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public String getFromNumber() {
        return fromNumber;
    }

    public void setFromNumber(String fromNumber) {
        this.fromNumber = fromNumber;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Boolean getInbound() {
        return inbound;
    }

    public void setInbound(Boolean inbound) {
        this.inbound = inbound;
    }

    public Boolean getInboundCall() {
        return inboundCall;
    }

    public void setInboundCall(Boolean inboundCall) {
        this.inboundCall = inboundCall;
    }

    public Boolean getInboundText() {
        return inboundText;
    }

    public void setInboundText(Boolean inboundText) {
        this.inboundText = inboundText;
    }

    public Boolean getIncludeArchived() {
        return includeArchived;
    }

    public void setIncludeArchived(Boolean includeArchived) {
        this.includeArchived = includeArchived;
    }

    public Boolean getIncludePending() {
        return includePending;
    }

    public void setIncludePending(Boolean includePending) {
        this.includePending = includePending;
    }

    public Boolean getIncludeScrubbed() {
        return includeScrubbed;
    }

    public void setIncludeScrubbed(Boolean includeScrubbed) {
        this.includeScrubbed = includeScrubbed;
    }

    public Long getIntervalBegin() {
        return intervalBegin;
    }

    public void setIntervalBegin(Long intervalBegin) {
        this.intervalBegin = intervalBegin;
    }

    public Long getIntervalEnd() {
        return intervalEnd;
    }

    public void setIntervalEnd(Long intervalEnd) {
        this.intervalEnd = intervalEnd;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getKeyword() {
        return keyword;
    }

    public void setKeyword(String keyword) {
        this.keyword = keyword;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getLabelName() {
        return labelName;
    }

    public void setLabelName(String labelName) {
        this.labelName = labelName;
    }

    public String getLata() {
        return lata;
    }

    public void setLata(String lata) {
        this.lata = lata;
    }

    public Long getLimit() {
        return limit;
    }

    public void setLimit(Long limit) {
        this.limit = limit;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Long getOffset() {
        return offset;
    }

    public void setOffset(Long offset) {
        this.offset = offset;
    }

    public String getOrderBy() {
        return orderBy;
    }

    public void setOrderBy(String orderBy) {
        this.orderBy = orderBy;
    }

    public String getPattern() {
        return pattern;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public String getPropertyName() {
        return propertyName;
    }

    public void setPropertyName(String propertyName) {
        this.propertyName = propertyName;
    }

    public String getPropertyValue() {
        return propertyValue;
    }

    public void setPropertyValue(String propertyValue) {
        this.propertyValue = propertyValue;
    }

    public String getRateCenter() {
        return rateCenter;
    }

    public void setRateCenter(String rateCenter) {
        this.rateCenter = rateCenter;
    }

    public String getResource() {
        return resource;
    }

    public void setResource(String resource) {
        this.resource = resource;
    }

    public String getResults() {
        return results;
    }

    public void setResults(String results) {
        this.results = results;
    }

    public Boolean getRunning() {
        return running;
    }

    public void setRunning(Boolean running) {
        this.running = running;
    }

    public Boolean getScheduled() {
        return scheduled;
    }

    public void setScheduled(Boolean scheduled) {
        this.scheduled = scheduled;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Boolean getStart() {
        return start;
    }

    public void setStart(Boolean start) {
        this.start = start;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getStates() {
        return states;
    }

    public void setStates(String states) {
        this.states = states;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Boolean getStrictValidation() {
        return strictValidation;
    }

    public void setStrictValidation(Boolean strictValidation) {
        this.strictValidation = strictValidation;
    }

    public Boolean getText() {
        return text;
    }

    public void setText(Boolean text) {
        this.text = text;
    }

    public String getToNumber() {
        return toNumber;
    }

    public void setToNumber(String toNumber) {
        this.toNumber = toNumber;
    }

    public Boolean getTollFree() {
        return tollFree;
    }

    public void setTollFree(Boolean tollFree) {
        this.tollFree = tollFree;
    }

    public Boolean getUseCustomFields() {
        return useCustomFields;
    }

    public void setUseCustomFields(Boolean useCustomFields) {
        this.useCustomFields = useCustomFields;
    }

    public String getZipcode() {
        return zipcode;
    }

    public void setZipcode(String zipcode) {
        this.zipcode = zipcode;
    }
}
