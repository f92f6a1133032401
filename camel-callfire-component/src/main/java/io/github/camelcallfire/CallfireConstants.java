package io.github.camelcallfire;

import org.apache.camel.spi.Metadata;

/**
 * Message headers of the callfire component. Result headers are set by the producer; every endpoint option has a
 * {@code CamelCallfire<OptionName>} header that overrides it for one message.
 */
public final class CallfireConstants {

    /** Prefix of every header of this component. */
    public static final String HEADER_PREFIX = "CamelCallfire";

    @Metadata(label = "producer", description = "HTTP status code of the CallFire response.",
              javaType = "java.lang.Integer")
    public static final String HTTP_STATUS = "CamelCallfireHttpStatus";
    @Metadata(label = "producer", description = "Id of the resource created by the operation (from the {\"id\":N} "
              + "response of create, add-batch, upload and order operations).",
              javaType = "java.lang.Long")
    public static final String CREATED_ID = "CamelCallfireCreatedId";
    @Metadata(label = "producer", description = "Total number of items matching a find (-1 when CallFire does not know).",
              javaType = "java.lang.Long")
    public static final String TOTAL_COUNT = "CamelCallfireTotalCount";
    /* Page results get their own names: were they the offset/limit override headers, a second find in the same
       route would silently continue from the first one's page. */
    @Metadata(label = "producer", description = "Offset of the returned page of a find.", javaType = "java.lang.Long")
    public static final String PAGE_OFFSET = "CamelCallfirePageOffset";
    @Metadata(label = "producer", description = "Page size (limit) of the returned page of a find.",
              javaType = "java.lang.Long")
    public static final String PAGE_LIMIT = "CamelCallfirePageLimit";
    @Metadata(label = "producer", description = "CallFire operationId that produced the result, e.g. sendTexts.",
              javaType = "java.lang.String")
    public static final String OPERATION_ID = "CamelCallfireOperationId";

    @Metadata(label = "producer", description = "Where a texts/send or calls/send stands after it failed part-way, e.g. "
              + "sendTexts;recipients=3000;sent=2000;unknown=0;digest=6c1f93a0b2d4e5f7: the first `sent` recipients "
              + "were accepted by CallFire, the `unknown` after them were in a request without an answer. The "
              + "exchange itself keeps the same (exchange property CamelCallfireSendState, which survives Camel's "
              + "redeliveries and useOriginalMessage); the header carries it where only the message travels, e.g. a "
              + "dead letter queue. A later delivery of the same list sends only the recipients after them, and "
              + "refuses to send while `unknown` is not 0 (see SendProgress.resolveUnknown). Removed when the whole "
              + "list has gone out.",
              javaType = "java.lang.String")
    public static final String SEND_PROGRESS = "CamelCallfireSendProgress";
    @Metadata(label = "producer", description = "Names one list of texts/send or calls/send (e.g. the campaign and the "
              + "file name) when the endpoint has a sendStateRepository: its progress is kept there under this key, "
              + "so that the same list sent again after a crash continues where it stopped.",
              javaType = "java.lang.String")
    public static final String SEND_KEY = "CamelCallfireSendKey";
    @Metadata(label = "producer", description = "Overrides the option sendResult for one message.",
              javaType = "io.github.camelcallfire.send.SendResult")
    public static final String SEND_RESULT = "CamelCallfireSendResult";
    @Metadata(label = "producer", description = "Overrides the option autoPaginate for one message.",
              javaType = "java.lang.Boolean")
    public static final String AUTO_PAGINATE = "CamelCallfireAutoPaginate";
    @Metadata(label = "producer", description = "Overrides the option broadcastType for one message (TEXT or CALL); "
              + "the broadcast operation of the same name for that type is invoked.",
              javaType = "io.github.camelcallfire.model.BroadcastType")
    public static final String BROADCAST_TYPE = "CamelCallfireBroadcastType";

    @Metadata(label = "producer", description = "Overrides the option batchId: Only return actions of this contact batch.",
              javaType = "java.lang.Long")
    public static final String BATCH_ID = "CamelCallfireBatchId";
    @Metadata(label = "producer", description = "Overrides the option begin: Start of the statistics interval, in epoch milliseconds. A "
              + "java.util.Date or java.time.Instant is sent as epoch milliseconds.",
              javaType = "java.lang.Long")
    public static final String BEGIN = "CamelCallfireBegin";
    @Metadata(label = "producer", description = "Overrides the option call: Do-not-contact filter: only entries that block (true) or allow "
              + "(false) calls.",
              javaType = "java.lang.Boolean")
    public static final String CALL = "CamelCallfireCall";
    @Metadata(label = "producer", description = "Overrides the option callback: Webhook callback URL filter.",
              javaType = "java.lang.String")
    public static final String CALLBACK = "CamelCallfireCallback";
    @Metadata(label = "producer", description = "Overrides the option callerid: Caller id phone number (11 digits, no plus sign) to verify.",
              javaType = "java.lang.String")
    public static final String CALLERID = "CamelCallfireCallerid";
    @Metadata(label = "producer", description = "Overrides the option campaignId: Id of a campaign (broadcast). On texts/find and "
              + "calls/find, 0 selects the actions sent through texts/send or calls/send; on sends, the "
              + "campaign to send through.",
              javaType = "java.lang.Long")
    public static final String CAMPAIGN_ID = "CamelCallfireCampaignId";
    @Metadata(label = "producer", description = "Overrides the option city: City name filter.",
              javaType = "java.lang.String")
    public static final String CITY = "CamelCallfireCity";
    @Metadata(label = "producer", description = "Overrides the option cityPrefix: Filter regions whose city name starts with this text.",
              javaType = "java.lang.String")
    public static final String CITY_PREFIX = "CamelCallfireCityPrefix";
    @Metadata(label = "producer", description = "Overrides the option contactCount: Filter contact lists by their number of contacts.",
              javaType = "java.lang.Long")
    public static final String CONTACT_COUNT = "CamelCallfireContactCount";
    @Metadata(label = "producer", description = "Overrides the option contactId: Id of a contact. On contact-lists/remove-items several ids"
              + " may be given, separated by commas. A Collection or array gives several values.",
              javaType = "java.lang.Object")
    public static final String CONTACT_ID = "CamelCallfireContactId";
    @Metadata(label = "producer", description = "Overrides the option contactListId: Only return contacts that belong to this contact list.",
              javaType = "java.lang.Long")
    public static final String CONTACT_LIST_ID = "CamelCallfireContactListId";
    @Metadata(label = "producer", description = "Overrides the option country: Two-letter country code filter.",
              javaType = "java.lang.String")
    public static final String COUNTRY = "CamelCallfireCountry";
    @Metadata(label = "producer", description = "Overrides the option defaultLiveMessage: Text-to-speech message played when a person "
              + "answers, for recipients without their own liveMessage.",
              javaType = "java.lang.String")
    public static final String DEFAULT_LIVE_MESSAGE = "CamelCallfireDefaultLiveMessage";
    @Metadata(label = "producer", description = "Overrides the option defaultLiveMessageSoundId: Id of the sound played when a person "
              + "answers, for recipients without their own sound.",
              javaType = "java.lang.Long")
    public static final String DEFAULT_LIVE_MESSAGE_SOUND_ID = "CamelCallfireDefaultLiveMessageSoundId";
    @Metadata(label = "producer", description = "Overrides the option defaultMachineMessage: Text-to-speech message played when an "
              + "answering machine is detected, for recipients without their own machineMessage.",
              javaType = "java.lang.String")
    public static final String DEFAULT_MACHINE_MESSAGE = "CamelCallfireDefaultMachineMessage";
    @Metadata(label = "producer", description = "Overrides the option defaultMachineMessageSoundId: Id of the sound played when an "
              + "answering machine is detected, for recipients without their own sound.",
              javaType = "java.lang.Long")
    public static final String DEFAULT_MACHINE_MESSAGE_SOUND_ID = "CamelCallfireDefaultMachineMessageSoundId";
    @Metadata(label = "producer", description = "Overrides the option defaultMessage: Message text for recipients that carry no message of "
              + "their own.",
              javaType = "java.lang.String")
    public static final String DEFAULT_MESSAGE = "CamelCallfireDefaultMessage";
    @Metadata(label = "producer", description = "Overrides the option defaultVoice: Voice for all text-to-speech messages of the request: "
              + "MALE1, FEMALE1, FEMALE2, SPANISH1 or FRENCHCANADIAN1.",
              javaType = "java.lang.String")
    public static final String DEFAULT_VOICE = "CamelCallfireDefaultVoice";
    @Metadata(label = "producer", description = "Overrides the option enable: True enables the given recipients of the broadcast, false "
              + "disables them.",
              javaType = "java.lang.Boolean")
    public static final String ENABLE = "CamelCallfireEnable";
    @Metadata(label = "producer", description = "Overrides the option enabled: True for enabled webhooks only, false for disabled ones.",
              javaType = "java.lang.Boolean")
    public static final String ENABLED = "CamelCallfireEnabled";
    @Metadata(label = "producer", description = "Overrides the option end: End of the statistics interval, in epoch milliseconds. A "
              + "java.util.Date or java.time.Instant is sent as epoch milliseconds.",
              javaType = "java.lang.Long")
    public static final String END = "CamelCallfireEnd";
    @Metadata(label = "producer", description = "Overrides the option event: Webhook event name filter, e.g. Finished.",
              javaType = "java.lang.String")
    public static final String EVENT = "CamelCallfireEvent";
    @Metadata(label = "producer", description = "Overrides the option exactMatch: Match the contact list name exactly instead of as a "
              + "prefix.",
              javaType = "java.lang.Boolean")
    public static final String EXACT_MATCH = "CamelCallfireExactMatch";
    @Metadata(label = "producer", description = "Overrides the option extension: File extension of the media data to download, for example "
              + "jpg, png or mp3.",
              javaType = "java.lang.String")
    public static final String EXTENSION = "CamelCallfireExtension";
    @Metadata(label = "producer", description = "Overrides the option fields: Partial response: the properties to return, e.g. id,name or "
              + "items(id,state); see the CallFire fields syntax.",
              javaType = "java.lang.String")
    public static final String FIELDS = "CamelCallfireFields";
    @Metadata(label = "producer", description = "Overrides the option fileName: File name sent with an uploaded file (sounds/upload, "
              + "media/upload, contact-lists/upload); defaults to the name of a File or Path body. The "
              + "extension tells CallFire the file type.",
              javaType = "java.lang.String")
    public static final String FILE_NAME = "CamelCallfireFileName";
    @Metadata(label = "producer", description = "Overrides the option filter: Free-text name filter.",
              javaType = "java.lang.String")
    public static final String FILTER = "CamelCallfireFilter";
    @Metadata(label = "producer", description = "Overrides the option fromNumber: Sender phone number (11 digits, no plus sign) or short "
              + "code to filter by or to check against.",
              javaType = "java.lang.String")
    public static final String FROM_NUMBER = "CamelCallfireFromNumber";
    @Metadata(label = "producer", description = "Overrides the option id: Id of the resource the operation works on (text, call, broadcast,"
              + " batch, contact, list, sound, media, order, auto-reply, credential, recording). On "
              + "texts/find, calls/find and contacts/find it filters by id instead: several ids separated "
              + "by commas; other filters are then ignored. A Collection or array gives several values.",
              javaType = "java.lang.Object")
    public static final String ID = "CamelCallfireId";
    @Metadata(label = "producer", description = "Overrides the option inbound: True for inbound actions only, false for outbound only; "
              + "unset returns both.",
              javaType = "java.lang.Boolean")
    public static final String INBOUND = "CamelCallfireInbound";
    @Metadata(label = "producer", description = "Overrides the option inboundCall: Do-not-contact filter: only entries that block (true) or"
              + " allow (false) inbound calls.",
              javaType = "java.lang.Boolean")
    public static final String INBOUND_CALL = "CamelCallfireInboundCall";
    @Metadata(label = "producer", description = "Overrides the option inboundText: Do-not-contact filter: only entries that block (true) or"
              + " allow (false) inbound texts.",
              javaType = "java.lang.Boolean")
    public static final String INBOUND_TEXT = "CamelCallfireInboundText";
    @Metadata(label = "producer", description = "Overrides the option includeArchived: Also return archived sounds.",
              javaType = "java.lang.Boolean")
    public static final String INCLUDE_ARCHIVED = "CamelCallfireIncludeArchived";
    @Metadata(label = "producer", description = "Overrides the option includePending: Also return sounds still being processed.",
              javaType = "java.lang.Boolean")
    public static final String INCLUDE_PENDING = "CamelCallfireIncludePending";
    @Metadata(label = "producer", description = "Overrides the option includeScrubbed: Also return sounds that were scrubbed.",
              javaType = "java.lang.Boolean")
    public static final String INCLUDE_SCRUBBED = "CamelCallfireIncludeScrubbed";
    @Metadata(label = "producer", description = "Overrides the option intervalBegin: Start of the search interval, in epoch milliseconds "
              + "(creation time of the resource). A java.util.Date or java.time.Instant is sent as epoch "
              + "milliseconds.",
              javaType = "java.lang.Long")
    public static final String INTERVAL_BEGIN = "CamelCallfireIntervalBegin";
    @Metadata(label = "producer", description = "Overrides the option intervalEnd: End of the search interval, in epoch milliseconds. A "
              + "java.util.Date or java.time.Instant is sent as epoch milliseconds.",
              javaType = "java.lang.Long")
    public static final String INTERVAL_END = "CamelCallfireIntervalEnd";
    @Metadata(label = "producer", description = "Overrides the option key: Public key of a media file (from its publicUrl).",
              javaType = "java.lang.String")
    public static final String KEY = "CamelCallfireKey";
    @Metadata(label = "producer", description = "Overrides the option keyword: Keyword, as leased on a short code.",
              javaType = "java.lang.String")
    public static final String KEYWORD = "CamelCallfireKeyword";
    @Metadata(label = "producer", description = "Overrides the option keywords: Keywords whose availability to check, separated by commas. "
              + "A Collection or array gives several values.",
              javaType = "java.lang.Object")
    public static final String KEYWORDS = "CamelCallfireKeywords";
    @Metadata(label = "producer", description = "Overrides the option label: Only return resources carrying this label.",
              javaType = "java.lang.String")
    public static final String LABEL = "CamelCallfireLabel";
    @Metadata(label = "producer", description = "Overrides the option labelName: Only return leases carrying this label.",
              javaType = "java.lang.String")
    public static final String LABEL_NAME = "CamelCallfireLabelName";
    @Metadata(label = "producer", description = "Overrides the option lata: Local access and transport area (LATA) filter.",
              javaType = "java.lang.String")
    public static final String LATA = "CamelCallfireLata";
    @Metadata(label = "producer", description = "Overrides the option limit: Maximum number of items in the returned page "
              + "(CallFire caps it at 1000).",
              javaType = "java.lang.Long")
    public static final String LIMIT = "CamelCallfireLimit";
    @Metadata(label = "producer", description = "Overrides the option name: Name: a name filter on finds (broadcasts, contact lists, "
              + "credentials, webhooks), the recording name on calls/get-recording-by-name and calls/get-"
              + "recording-mp3-by-name, the name given to an uploaded sound, media file or contact list.",
              javaType = "java.lang.String")
    public static final String NAME = "CamelCallfireName";
    @Metadata(label = "producer", description = "Overrides the option number: Phone number (11 digits, no plus sign): the do-not-contact "
              + "entry or the leased number to work on; on contacts/find and dncs/find several numbers may "
              + "be given, separated by commas; on auto-replies/find the number the auto-reply belongs to. "
              + "A Collection or array gives several values.",
              javaType = "java.lang.Object")
    public static final String NUMBER = "CamelCallfireNumber";
    @Metadata(label = "producer", description = "Overrides the option offset: Offset of the first item of the returned page (0-based).",
              javaType = "java.lang.Long")
    public static final String OFFSET = "CamelCallfireOffset";
    @Metadata(label = "producer", description = "Overrides the option orderBy: Sort order of the contact lists found.",
              javaType = "java.lang.String")
    public static final String ORDER_BY = "CamelCallfireOrderBy";
    @Metadata(label = "producer", description = "Overrides the option pattern: Toll-free number pattern, e.g. 84*.",
              javaType = "java.lang.String")
    public static final String PATTERN = "CamelCallfirePattern";
    @Metadata(label = "producer", description = "Overrides the option prefix: Phone number prefix (area code and exchange) filter.",
              javaType = "java.lang.String")
    public static final String PREFIX = "CamelCallfirePrefix";
    @Metadata(label = "producer", description = "Overrides the option propertyName: Name of a contact property to filter by; use together "
              + "with propertyValue.",
              javaType = "java.lang.String")
    public static final String PROPERTY_NAME = "CamelCallfirePropertyName";
    @Metadata(label = "producer", description = "Overrides the option propertyValue: Value of the contact property named by propertyName.",
              javaType = "java.lang.String")
    public static final String PROPERTY_VALUE = "CamelCallfirePropertyValue";
    @Metadata(label = "producer", description = "Overrides the option rateCenter: Rate center filter.",
              javaType = "java.lang.String")
    public static final String RATE_CENTER = "CamelCallfireRateCenter";
    @Metadata(label = "producer", description = "Overrides the option resource: Webhook resource type, e.g. InboundText, OutboundCall, "
              + "TextBroadcast.",
              javaType = "java.lang.String")
    public static final String RESOURCE = "CamelCallfireResource";
    @Metadata(label = "producer", description = "Overrides the option results: Only return actions with one of these results, separated by "
              + "commas (e.g. SENT,RECEIVED or LA,AM).",
              javaType = "java.lang.String")
    public static final String RESULTS = "CamelCallfireResults";
    @Metadata(label = "producer", description = "Overrides the option running: True for running broadcasts only, false for broadcasts that "
              + "are not running.",
              javaType = "java.lang.Boolean")
    public static final String RUNNING = "CamelCallfireRunning";
    @Metadata(label = "producer", description = "Overrides the option scheduled: True for scheduled broadcasts only.",
              javaType = "java.lang.Boolean")
    public static final String SCHEDULED = "CamelCallfireScheduled";
    @Metadata(label = "producer", description = "Overrides the option source: Source (named list) of do-not-contact entries.",
              javaType = "java.lang.String")
    public static final String SOURCE = "CamelCallfireSource";
    @Metadata(label = "producer", description = "Overrides the option start: Start the broadcast immediately after creating it.",
              javaType = "java.lang.Boolean")
    public static final String START = "CamelCallfireStart";
    @Metadata(label = "producer", description = "Overrides the option state: Two-letter US state filter.",
              javaType = "java.lang.String")
    public static final String STATE = "CamelCallfireState";
    @Metadata(label = "producer", description = "Overrides the option states: Only return actions in one of these states, separated by "
              + "commas (e.g. READY,FINISHED).",
              javaType = "java.lang.String")
    public static final String STATES = "CamelCallfireStates";
    @Metadata(label = "producer", description = "Overrides the option status: Only return orders with one of these statuses, separated by "
              + "commas. A Collection or array gives several values.",
              javaType = "java.lang.Object")
    public static final String STATUS = "CamelCallfireStatus";
    @Metadata(label = "producer", description = "Overrides the option strictValidation: Reject the request with an error (400) when a "
              + "recipient number is invalid, instead of skipping it.",
              javaType = "java.lang.Boolean")
    public static final String STRICT_VALIDATION = "CamelCallfireStrictValidation";
    @Metadata(label = "producer", description = "Overrides the option text: Do-not-contact filter: only entries that block (true) or allow "
              + "(false) texts.",
              javaType = "java.lang.Boolean")
    public static final String TEXT = "CamelCallfireText";
    @Metadata(label = "producer", description = "Overrides the option toNumber: Recipient phone number (11 digits, no plus sign). On finds "
              + "a filter; on dncs/get-universal the number to check; on texts/send and calls/send the "
              + "recipient(s) of a String body, several separated by commas. On texts/send and calls/send a"
              + " Collection gives several recipients.",
              javaType = "java.lang.Object")
    public static final String TO_NUMBER = "CamelCallfireToNumber";
    @Metadata(label = "producer", description = "Overrides the option tollFree: True for toll-free leases only, false for local ones.",
              javaType = "java.lang.Boolean")
    public static final String TOLL_FREE = "CamelCallfireTollFree";
    @Metadata(label = "producer", description = "Overrides the option useCustomFields: Import the extra columns of an uploaded CSV file as "
              + "custom contact properties.",
              javaType = "java.lang.Boolean")
    public static final String USE_CUSTOM_FIELDS = "CamelCallfireUseCustomFields";
    @Metadata(label = "producer", description = "Overrides the option zipcode: Five-digit ZIP code filter.",
              javaType = "java.lang.String")
    public static final String ZIPCODE = "CamelCallfireZipcode";

    /* The consumer's headers have names of their own: were they the option override headers (CamelCallfireId,
       CamelCallfireToNumber, ...), a consumed text flowing into a producer would silently replace that endpoint's
       id or recipient with the consumed item's. */
    @Metadata(label = "consumer", description = "Id of the consumed item.", javaType = "java.lang.Long")
    public static final String ITEM_ID = "CamelCallfireItemId";
    @Metadata(label = "consumer", description = "Creation time of the consumed item, in epoch milliseconds.",
              javaType = "java.lang.Long")
    public static final String ITEM_CREATED = "CamelCallfireItemCreated";
    @Metadata(label = "consumer", description = "Sender of the consumed text or call (for inbound traffic: the handset).",
              javaType = "java.lang.String")
    public static final String ITEM_FROM_NUMBER = "CamelCallfireItemFromNumber";
    @Metadata(label = "consumer", description = "Recipient of the consumed text or call (for inbound traffic: your number).",
              javaType = "java.lang.String")
    public static final String ITEM_TO_NUMBER = "CamelCallfireItemToNumber";
    @Metadata(label = "consumer", description = "True when the consumed text or call is inbound.",
              javaType = "java.lang.Boolean")
    public static final String ITEM_INBOUND = "CamelCallfireItemInbound";
    @Metadata(label = "consumer", description = "Action state of the consumed text or call (e.g. FINISHED).",
              javaType = "io.github.camelcallfire.model.ActionState")
    public static final String ITEM_STATE = "CamelCallfireItemState";
    @Metadata(label = "consumer", description = "Message text of the consumed text.",
              javaType = "java.lang.String")
    public static final String ITEM_MESSAGE = "CamelCallfireItemMessage";
    @Metadata(label = "consumer", description = "Final result of the consumed text (e.g. RECEIVED, SENT) or call "
              + "(e.g. LA, AM, BUSY).",
              javaType = "java.lang.Enum")
    public static final String ITEM_FINAL_RESULT = "CamelCallfireItemFinalResult";

    /* Headers of the events callfire:webhooks/events emits, one exchange per event of a notification. */
    @Metadata(label = "consumer", description = "Webhook events: the resource type of the event, as CallFire spells it "
              + "(InboundText, OutboundText, InboundCall, OutboundCall, TextBroadcast, CallBroadcast, ContactList, ...).",
              javaType = "java.lang.String")
    public static final String WEBHOOK_RESOURCE_TYPE = "CamelCallfireWebhookResourceType";
    @Metadata(label = "consumer", description = "Webhook events: the event type (Finished, Started, Stopped, "
              + "ValidationFinished, ValidationFailed, Received, Failed).",
              javaType = "java.lang.String")
    public static final String WEBHOOK_EVENT_TYPE = "CamelCallfireWebhookEventType";
    @Metadata(label = "consumer", description = "Webhook events: the id of the CallFire webhook that sent the event.",
              javaType = "java.lang.Long")
    public static final String WEBHOOK_ID = "CamelCallfireWebhookId";
    @Metadata(label = "consumer", description = "Webhook events: the name of the CallFire webhook that sent the event.",
              javaType = "java.lang.String")
    public static final String WEBHOOK_NAME = "CamelCallfireWebhookName";
    @Metadata(label = "consumer", description = "Webhook events: when the event happened, in epoch milliseconds.",
              javaType = "java.lang.Long")
    public static final String WEBHOOK_EVENT_TIME = "CamelCallfireWebhookEventTime";

    private CallfireConstants() {
    }

    /** The header overriding the option {@code optionName}: {@code CamelCallfire} + the name capitalized. */
    public static String headerFor(String optionName) {
        return HEADER_PREFIX + Character.toUpperCase(optionName.charAt(0)) + optionName.substring(1);
    }
}
