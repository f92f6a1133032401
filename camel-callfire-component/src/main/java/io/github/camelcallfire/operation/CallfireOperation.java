package io.github.camelcallfire.operation;

import io.github.camelcallfire.model.Account;
import io.github.camelcallfire.model.AddContactListContactsRequest;
import io.github.camelcallfire.model.AddDoNotContactRequest;
import io.github.camelcallfire.model.ApiCredential;
import io.github.camelcallfire.model.Batch;
import io.github.camelcallfire.model.BatchRequest;
import io.github.camelcallfire.model.BillingPlanUsage;
import io.github.camelcallfire.model.BroadcastType;
import io.github.camelcallfire.model.Call;
import io.github.camelcallfire.model.CallBroadcast;
import io.github.camelcallfire.model.CallBroadcastStats;
import io.github.camelcallfire.model.CallCreateSound;
import io.github.camelcallfire.model.CallRecipient;
import io.github.camelcallfire.model.CallRecording;
import io.github.camelcallfire.model.CallerId;
import io.github.camelcallfire.model.CallerIdVerificationRequest;
import io.github.camelcallfire.model.CampaignSound;
import io.github.camelcallfire.model.Contact;
import io.github.camelcallfire.model.ContactHistory;
import io.github.camelcallfire.model.ContactList;
import io.github.camelcallfire.model.CreateContactListRequest;
import io.github.camelcallfire.model.CreditUsage;
import io.github.camelcallfire.model.DoNotContact;
import io.github.camelcallfire.model.Keyword;
import io.github.camelcallfire.model.KeywordConfig;
import io.github.camelcallfire.model.KeywordLease;
import io.github.camelcallfire.model.KeywordPurchaseRequest;
import io.github.camelcallfire.model.Media;
import io.github.camelcallfire.model.NumberConfig;
import io.github.camelcallfire.model.NumberLease;
import io.github.camelcallfire.model.NumberOrder;
import io.github.camelcallfire.model.NumberPurchaseRequest;
import io.github.camelcallfire.model.Recipient;
import io.github.camelcallfire.model.Region;
import io.github.camelcallfire.model.ResourceId;
import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.model.TextAutoReply;
import io.github.camelcallfire.model.TextBroadcast;
import io.github.camelcallfire.model.TextBroadcastStats;
import io.github.camelcallfire.model.TextRecipient;
import io.github.camelcallfire.model.TextToSpeech;
import io.github.camelcallfire.model.UniversalDoNotContact;
import io.github.camelcallfire.model.UpdateContactListRequest;
import io.github.camelcallfire.model.UpdateDoNotContactRequest;
import io.github.camelcallfire.model.Webhook;
import io.github.camelcallfire.model.WebhookResource;

import java.util.Arrays;
import java.util.List;

import static io.github.camelcallfire.operation.BodySpec.json;
import static io.github.camelcallfire.operation.BodySpec.jsonArray;
import static io.github.camelcallfire.operation.BodySpec.multipart;
import static io.github.camelcallfire.operation.BodySpec.noBody;
import static io.github.camelcallfire.operation.OperationOrigin.EXTRA;
import static io.github.camelcallfire.operation.OperationOrigin.SEED;
import static io.github.camelcallfire.operation.OperationParam.form;
import static io.github.camelcallfire.operation.OperationParam.local;
import static io.github.camelcallfire.operation.OperationParam.path;
import static io.github.camelcallfire.operation.OperationParam.query;
import static io.github.camelcallfire.operation.OperationParam.repeated;
import static io.github.camelcallfire.operation.ResultSpec.binary;
import static io.github.camelcallfire.operation.ResultSpec.bool;
import static io.github.camelcallfire.operation.ResultSpec.createdId;
import static io.github.camelcallfire.operation.ResultSpec.itemList;
import static io.github.camelcallfire.operation.ResultSpec.noContent;
import static io.github.camelcallfire.operation.ResultSpec.object;
import static io.github.camelcallfire.operation.ResultSpec.page;

/**
 * The CallFire API v2 described as data: one constant per operation, executed by {@link OperationExecutor}.
 * Columns: origin, CallFire operationId, URI api and method name, broadcast type (broadcast operations only),
 * HTTP method, path template, request body, result, parameters (path parameters in template order).
 */
public enum CallfireOperation {

    FIND_CALLS(SEED, "findCalls", "calls", "find", null,
            "GET", "/calls", noBody(), page(Call.class),
            query("batchId"), query("campaignId"), query("fields"), query("fromNumber"), repeated("id"),
            query("inbound"), query("intervalBegin"), query("intervalEnd"), query("label"), query("limit"),
            query("offset"), query("results"), query("states"), query("toNumber")),
    SEND_CALLS(SEED, "sendCalls", "calls", "send", null,
            "POST", "/calls", jsonArray(CallRecipient.class), itemList(Call.class),
            query("campaignId"), query("defaultLiveMessage"), query("defaultLiveMessageSoundId"),
            query("defaultMachineMessage"), query("defaultMachineMessageSoundId"), query("defaultVoice"),
            query("fields"), query("strictValidation"), local("toNumber")),
    FIND_CALL_BROADCASTS(SEED, "findCallBroadcasts", "broadcasts", "find", BroadcastType.CALL,
            "GET", "/calls/broadcasts", noBody(), page(CallBroadcast.class),
            query("fields"), query("intervalBegin"), query("intervalEnd"), query("label"), query("limit"),
            query("name"), query("offset"), query("running"), query("scheduled")),
    CREATE_CALL_BROADCAST(SEED, "createCallBroadcast", "broadcasts", "create", BroadcastType.CALL,
            "POST", "/calls/broadcasts", json(CallBroadcast.class), createdId(),
            query("start"), query("strictValidation")),
    GET_CALL_BROADCAST(SEED, "getCallBroadcast", "broadcasts", "get", BroadcastType.CALL,
            "GET", "/calls/broadcasts/{id}", noBody(), object(CallBroadcast.class),
            path("id"), query("fields")),
    UPDATE_CALL_BROADCAST(SEED, "updateCallBroadcast", "broadcasts", "update", BroadcastType.CALL,
            "PUT", "/calls/broadcasts/{id}", json(CallBroadcast.class), noContent(),
            path("id"), query("strictValidation")),
    ARCHIVE_VOICE_BROADCAST(SEED, "archiveVoiceBroadcast", "broadcasts", "archive", BroadcastType.CALL,
            "POST", "/calls/broadcasts/{id}/archive", noBody(), noContent(),
            path("id")),
    GET_CALL_BROADCAST_BATCHES(SEED, "getCallBroadcastBatches", "broadcasts", "get-batches", BroadcastType.CALL,
            "GET", "/calls/broadcasts/{id}/batches", noBody(), page(Batch.class),
            path("id"), query("fields"), query("limit"), query("offset")),
    ADD_CALL_BROADCAST_BATCH(SEED, "addCallBroadcastBatch", "broadcasts", "add-batch", BroadcastType.CALL,
            "POST", "/calls/broadcasts/{id}/batches", json(BatchRequest.class), createdId(),
            path("id"), query("strictValidation")),
    GET_CALL_BROADCAST_CALLS(SEED, "getCallBroadcastCalls", "broadcasts", "get-calls", BroadcastType.CALL,
            "GET", "/calls/broadcasts/{id}/calls", noBody(), page(Call.class),
            path("id"), query("batchId"), query("fields"), query("limit"), query("offset")),
    ADD_CALL_BROADCAST_RECIPIENTS(SEED, "addCallBroadcastRecipients", "broadcasts", "add-recipients", BroadcastType.CALL,
            "POST", "/calls/broadcasts/{id}/recipients", jsonArray(Recipient.class), itemList(Call.class),
            path("id"), query("fields"), query("strictValidation")),
    START_VOICE_BROADCAST(SEED, "startVoiceBroadcast", "broadcasts", "start", BroadcastType.CALL,
            "POST", "/calls/broadcasts/{id}/start", noBody(), noContent(),
            path("id")),
    GET_CALL_BROADCAST_STATS(SEED, "getCallBroadcastStats", "broadcasts", "stats", BroadcastType.CALL,
            "GET", "/calls/broadcasts/{id}/stats", noBody(), object(CallBroadcastStats.class),
            path("id"), query("begin"), query("end"), query("fields")),
    STOP_VOICE_BROADCAST(SEED, "stopVoiceBroadcast", "broadcasts", "stop", BroadcastType.CALL,
            "POST", "/calls/broadcasts/{id}/stop", noBody(), noContent(),
            path("id")),
    GET_CALL_RECORDING(SEED, "getCallRecording", "calls", "get-recording", null,
            "GET", "/calls/recordings/{id}", noBody(), object(CallRecording.class),
            path("id"), query("fields")),
    GET_CALL_RECORDING_MP3(SEED, "getCallRecordingMp3", "calls", "get-recording-mp3", null,
            "GET", "/calls/recordings/{id}.mp3", noBody(), binary(),
            path("id")),
    GET_CALL(SEED, "getCall", "calls", "get", null,
            "GET", "/calls/{id}", noBody(), object(Call.class),
            path("id"), query("fields")),
    GET_CALL_RECORDINGS(SEED, "getCallRecordings", "calls", "get-recordings", null,
            "GET", "/calls/{id}/recordings", noBody(), itemList(CallRecording.class),
            path("id"), query("fields")),
    GET_CALL_RECORDING_BY_NAME(SEED, "getCallRecordingByName", "calls", "get-recording-by-name", null,
            "GET", "/calls/{id}/recordings/{name}", noBody(), object(CallRecording.class),
            path("id"), path("name"), query("fields")),
    GET_CALL_RECORDING_MP3_BY_NAME(SEED, "getCallRecordingMp3ByName", "calls", "get-recording-mp3-by-name", null,
            "GET", "/calls/{id}/recordings/{name}.mp3", noBody(), binary(),
            path("id"), path("name")),
    GET_CAMPAIGN_BATCH(SEED, "getCampaignBatch", "batches", "get", null,
            "GET", "/campaigns/batches/{id}", noBody(), object(Batch.class),
            path("id"), query("fields")),
    UPDATE_CAMPAIGN_BATCH(SEED, "updateCampaignBatch", "batches", "update", null,
            "PUT", "/campaigns/batches/{id}", json(Batch.class), noContent(),
            path("id")),
    FIND_CAMPAIGN_SOUNDS(SEED, "findCampaignSounds", "sounds", "find", null,
            "GET", "/campaigns/sounds", noBody(), page(CampaignSound.class),
            query("fields"), query("filter"), query("includeArchived"), query("includePending"),
            query("includeScrubbed"), query("limit"), query("offset")),
    POST_CALL_CAMPAIGN_SOUND(SEED, "postCallCampaignSound", "sounds", "record-via-phone", null,
            "POST", "/campaigns/sounds/calls", json(CallCreateSound.class), object(CampaignSound.class),
            query("fields")),
    POST_FILE_CAMPAIGN_SOUND(SEED, "postFileCampaignSound", "sounds", "upload", null,
            "POST", "/campaigns/sounds/files", multipart(), object(CampaignSound.class),
            query("fields"), form("name"), local("fileName")),
    POST_TTSCAMPAIGN_SOUND(SEED, "postTTSCampaignSound", "sounds", "create-from-tts", null,
            "POST", "/campaigns/sounds/tts", json(TextToSpeech.class), object(CampaignSound.class),
            query("fields")),
    DELETE_CAMPAIGN_SOUND(SEED, "deleteCampaignSound", "sounds", "delete", null,
            "DELETE", "/campaigns/sounds/{id}", noBody(), noContent(),
            path("id")),
    GET_CAMPAIGN_SOUND(SEED, "getCampaignSound", "sounds", "get", null,
            "GET", "/campaigns/sounds/{id}", noBody(), object(CampaignSound.class),
            path("id"), query("fields")),
    GET_CAMPAIGN_SOUND_DATA_MP3(SEED, "getCampaignSoundDataMp3", "sounds", "get-mp3", null,
            "GET", "/campaigns/sounds/{id}.mp3", noBody(), binary(),
            path("id")),
    GET_CAMPAIGN_SOUND_DATA_WAV(SEED, "getCampaignSoundDataWav", "sounds", "get-wav", null,
            "GET", "/campaigns/sounds/{id}.wav", noBody(), binary(),
            path("id")),
    FIND_CONTACTS(SEED, "findContacts", "contacts", "find", null,
            "GET", "/contacts", noBody(), page(Contact.class),
            query("contactListId"), query("fields"), repeated("id"), query("limit"), repeated("number"),
            query("offset"), query("propertyName"), query("propertyValue")),
    CREATE_CONTACTS(SEED, "createContacts", "contacts", "create", null,
            "POST", "/contacts", jsonArray(Contact.class), itemList(ResourceId.class),
            query("fields")),
    FIND_DO_NOT_CONTACTS(SEED, "findDoNotContacts", "dncs", "find", null,
            "GET", "/contacts/dncs", noBody(), page(DoNotContact.class),
            query("call"), query("campaignId"), query("fields"), query("inboundCall"), query("inboundText"),
            query("limit"), repeated("number"), query("offset"), query("prefix"), query("source"), query("text")),
    // CallFire takes the partial-response filter fields on (almost) every request; on this 204 it changes nothing
    ADD_DO_NOT_CONTACTS(SEED, "addDoNotContacts", "dncs", "add", null,
            "POST", "/contacts/dncs", json(AddDoNotContactRequest.class), noContent(),
            query("fields")),
    DELETE_DO_NOT_CONTACTS_BY_SOURCE(SEED, "deleteDoNotContactsBySource", "dncs", "delete-by-source", null,
            "DELETE", "/contacts/dncs/sources/{source}", noBody(), noContent(),
            path("source")),
    GET_UNIVERSAL_DO_NOT_CONTACTS(SEED, "getUniversalDoNotContacts", "dncs", "get-universal", null,
            "GET", "/contacts/dncs/universals/{toNumber}", noBody(), itemList(UniversalDoNotContact.class),
            path("toNumber"), query("fields"), query("fromNumber")),
    DELETE_DO_NOT_CONTACT(SEED, "deleteDoNotContact", "dncs", "delete", null,
            "DELETE", "/contacts/dncs/{number}", noBody(), noContent(),
            path("number")),
    GET_DO_NOT_CONTACT(SEED, "getDoNotContact", "dncs", "get", null,
            "GET", "/contacts/dncs/{number}", noBody(), object(DoNotContact.class),
            path("number")),
    UPDATE_DO_NOT_CONTACT(SEED, "updateDoNotContact", "dncs", "update", null,
            "PUT", "/contacts/dncs/{number}", json(UpdateDoNotContactRequest.class), noContent(),
            path("number")),
    FIND_CONTACT_LISTS(SEED, "findContactLists", "contact-lists", "find", null,
            "GET", "/contacts/lists", noBody(), page(ContactList.class),
            query("contactCount"), query("exactMatch"), query("fields"), query("limit"), query("name"),
            query("offset"), query("orderBy")),
    CREATE_CONTACT_LIST(SEED, "createContactList", "contact-lists", "create", null,
            "POST", "/contacts/lists", json(CreateContactListRequest.class), createdId(),
            query("fields")),
    CREATE_CONTACT_LIST_FROM_FILE(SEED, "createContactListFromFile", "contact-lists", "upload", null,
            "POST", "/contacts/lists/upload", multipart(), createdId(),
            form("name"), form("useCustomFields"), local("fileName")),
    DELETE_CONTACT_LIST(SEED, "deleteContactList", "contact-lists", "delete", null,
            "DELETE", "/contacts/lists/{id}", noBody(), noContent(),
            path("id")),
    GET_CONTACT_LIST(SEED, "getContactList", "contact-lists", "get", null,
            "GET", "/contacts/lists/{id}", noBody(), object(ContactList.class),
            path("id"), query("fields")),
    UPDATE_CONTACT_LIST(SEED, "updateContactList", "contact-lists", "update", null,
            "PUT", "/contacts/lists/{id}", json(UpdateContactListRequest.class), noContent(),
            path("id")),
    REMOVE_CONTACT_LIST_ITEMS(SEED, "removeContactListItems", "contact-lists", "remove-items", null,
            "DELETE", "/contacts/lists/{id}/items", noBody(), noContent(),
            path("id"), repeated("contactId")),
    GET_CONTACT_LIST_ITEMS(SEED, "getContactListItems", "contact-lists", "get-items", null,
            "GET", "/contacts/lists/{id}/items", noBody(), page(Contact.class),
            path("id"), query("fields"), query("limit"), query("offset")),
    ADD_CONTACT_LIST_ITEMS(SEED, "addContactListItems", "contact-lists", "add-items", null,
            "POST", "/contacts/lists/{id}/items", json(AddContactListContactsRequest.class), noContent(),
            path("id")),
    REMOVE_CONTACT_LIST_ITEM(SEED, "removeContactListItem", "contact-lists", "remove-item", null,
            "DELETE", "/contacts/lists/{id}/items/{contactId}", noBody(), noContent(),
            path("id"), path("contactId")),
    DELETE_CONTACT(SEED, "deleteContact", "contacts", "delete", null,
            "DELETE", "/contacts/{id}", noBody(), noContent(),
            path("id")),
    GET_CONTACT(SEED, "getContact", "contacts", "get", null,
            "GET", "/contacts/{id}", noBody(), object(Contact.class),
            path("id"), query("fields")),
    UPDATE_CONTACT(SEED, "updateContact", "contacts", "update", null,
            "PUT", "/contacts/{id}", json(Contact.class), noContent(),
            path("id")),
    GET_CONTACT_HISTORY(SEED, "getContactHistory", "contacts", "get-history", null,
            "GET", "/contacts/{id}/history", noBody(), object(ContactHistory.class),
            path("id"), query("fields"), query("limit"), query("offset")),
    FIND_KEYWORDS(SEED, "findKeywords", "keywords", "find", null,
            "GET", "/keywords", noBody(), itemList(Keyword.class),
            repeated("keywords")),
    FIND_KEYWORD_LEASES(SEED, "findKeywordLeases", "keyword-leases", "find", null,
            "GET", "/keywords/leases", noBody(), page(KeywordLease.class),
            query("fields"), query("filter"), query("labelName"), query("limit"), query("offset")),
    GET_KEYWORD_LEASE(SEED, "getKeywordLease", "keyword-leases", "get", null,
            "GET", "/keywords/leases/{keyword}", noBody(), object(KeywordLease.class),
            path("keyword"), query("fields")),
    UPDATE_KEYWORD_LEASE(SEED, "updateKeywordLease", "keyword-leases", "update", null,
            "PUT", "/keywords/leases/{keyword}", json(KeywordLease.class), noContent(),
            path("keyword")),
    IS_KEYWORD_AVAILABLE(SEED, "isKeywordAvailable", "keywords", "is-available", null,
            "GET", "/keywords/{keyword}/available", noBody(), bool(),
            path("keyword")),
    GET_ACCOUNT(SEED, "getAccount", "account", "get", null,
            "GET", "/me/account", noBody(), object(Account.class),
            query("fields")),
    FIND_API_CREDENTIALS(SEED, "findApiCredentials", "api-credentials", "find", null,
            "GET", "/me/api/credentials", noBody(), page(ApiCredential.class),
            query("fields"), query("limit"), query("name"), query("offset")),
    CREATE_API_CREDENTIAL(SEED, "createApiCredential", "api-credentials", "create", null,
            "POST", "/me/api/credentials", json(ApiCredential.class), object(ApiCredential.class),
            query("fields")),
    DELETE_API_CREDENTIAL(SEED, "deleteApiCredential", "api-credentials", "delete", null,
            "DELETE", "/me/api/credentials/{id}", noBody(), noContent(),
            path("id")),
    GET_API_CREDENTIAL(SEED, "getApiCredential", "api-credentials", "get", null,
            "GET", "/me/api/credentials/{id}", noBody(), object(ApiCredential.class),
            path("id"), query("fields")),
    GET_CREDIT_USAGE(SEED, "getCreditUsage", "account", "get-credit-usage", null,
            "GET", "/me/billing/credit-usage", noBody(), object(CreditUsage.class),
            query("intervalBegin"), query("intervalEnd")),
    GET_BILLING_PLAN_USAGE(SEED, "getBillingPlanUsage", "account", "get-plan-usage", null,
            "GET", "/me/billing/plan-usage", noBody(), object(BillingPlanUsage.class),
            query("fields")),
    GET_CALLER_IDS(SEED, "getCallerIds", "caller-ids", "find", null,
            "GET", "/me/callerids", noBody(), itemList(CallerId.class),
            query("fields")),
    SEND_VERIFICATION_CODE_TO_CALLER_ID(SEED, "sendVerificationCodeToCallerId", "caller-ids", "send-verification-code", null,
            "POST", "/me/callerids/{callerid}", noBody(), noContent(),
            path("callerid")),
    VERIFY_CALLER_ID(SEED, "verifyCallerId", "caller-ids", "verify", null,
            "POST", "/me/callerids/{callerid}/verification-code", json(CallerIdVerificationRequest.class), bool(),
            path("callerid")),
    CREATE_MEDIA(SEED, "createMedia", "media", "upload", null,
            "POST", "/media", multipart(), createdId(),
            form("name"), local("fileName")),
    GET_MEDIA_DATA_BY_KEY(SEED, "getMediaDataByKey", "media", "get-public-data", null,
            "GET", "/media/public/{key}.{extension}", noBody(), binary(),
            path("key"), path("extension")),
    GET_MEDIA(SEED, "getMedia", "media", "get", null,
            "GET", "/media/{id}", noBody(), object(Media.class),
            path("id"), query("fields")),
    GET_MEDIA_DATA(SEED, "getMediaData", "media", "get-data", null,
            "GET", "/media/{id}.{extension}", noBody(), binary(),
            path("id"), path("extension")),
    GET_MEDIA_DATA_BINARY(SEED, "getMediaDataBinary", "media", "get-file", null,
            "GET", "/media/{id}/file", noBody(), binary(),
            path("id")),
    FIND_NUMBER_LEASES(SEED, "findNumberLeases", "number-leases", "find", null,
            "GET", "/numbers/leases", noBody(), page(NumberLease.class),
            query("city"), query("fields"), query("labelName"), query("lata"), query("limit"), query("offset"),
            query("prefix"), query("rateCenter"), query("state"), query("tollFree"), query("zipcode")),
    FIND_NUMBER_LEASE_CONFIGS(SEED, "findNumberLeaseConfigs", "number-leases", "find-configs", null,
            "GET", "/numbers/leases/configs", noBody(), page(NumberConfig.class),
            query("city"), query("fields"), query("labelName"), query("lata"), query("limit"), query("offset"),
            query("prefix"), query("rateCenter"), query("state"), query("zipcode")),
    GET_NUMBER_LEASE_CONFIG(SEED, "getNumberLeaseConfig", "number-leases", "get-config", null,
            "GET", "/numbers/leases/configs/{number}", noBody(), object(NumberConfig.class),
            path("number"), query("fields")),
    UPDATE_NUMBER_LEASE_CONFIG(SEED, "updateNumberLeaseConfig", "number-leases", "update-config", null,
            "PUT", "/numbers/leases/configs/{number}", json(NumberConfig.class), noContent(),
            path("number")),
    GET_NUMBER_LEASE(SEED, "getNumberLease", "number-leases", "get", null,
            "GET", "/numbers/leases/{number}", noBody(), object(NumberLease.class),
            path("number"), query("fields")),
    UPDATE_NUMBER_LEASE(SEED, "updateNumberLease", "number-leases", "update", null,
            "PUT", "/numbers/leases/{number}", json(NumberLease.class), noContent(),
            path("number")),
    FIND_NUMBERS_LOCAL(SEED, "findNumbersLocal", "numbers", "find-local", null,
            "GET", "/numbers/local", noBody(), itemList(io.github.camelcallfire.model.Number.class),
            query("city"), query("fields"), query("lata"), query("limit"), query("prefix"), query("rateCenter"),
            query("state"), query("zipcode")),
    FIND_NUMBER_REGIONS(SEED, "findNumberRegions", "numbers", "find-regions", null,
            "GET", "/numbers/regions", noBody(), page(Region.class),
            query("city"), query("cityPrefix"), query("country"), query("fields"), query("lata"), query("limit"),
            query("offset"), query("prefix"), query("rateCenter"), query("state"), query("zipcode")),
    FIND_NUMBERS_TOLLFREE(SEED, "findNumbersTollfree", "numbers", "find-tollfree", null,
            "GET", "/numbers/tollfree", noBody(), itemList(io.github.camelcallfire.model.Number.class),
            query("fields"), query("limit"), query("pattern")),
    ORDER_KEYWORDS(SEED, "orderKeywords", "orders", "order-keywords", null,
            "POST", "/orders/keywords", json(KeywordPurchaseRequest.class), createdId(),
            query("fields")),
    ORDER_NUMBERS(SEED, "orderNumbers", "orders", "order-numbers", null,
            "POST", "/orders/numbers", json(NumberPurchaseRequest.class), createdId(),
            query("fields")),
    GET_ORDER(SEED, "getOrder", "orders", "get", null,
            "GET", "/orders/{id}", noBody(), object(NumberOrder.class),
            path("id"), query("fields")),
    FIND_TEXTS(SEED, "findTexts", "texts", "find", null,
            "GET", "/texts", noBody(), page(Text.class),
            query("batchId"), query("campaignId"), query("fields"), query("fromNumber"), repeated("id"),
            query("inbound"), query("intervalBegin"), query("intervalEnd"), query("label"), query("limit"),
            query("offset"), query("results"), query("states"), query("toNumber")),
    SEND_TEXTS(SEED, "sendTexts", "texts", "send", null,
            "POST", "/texts", jsonArray(TextRecipient.class), itemList(Text.class),
            query("campaignId"), query("defaultMessage"), query("fields"), query("strictValidation"),
            local("toNumber")),
    FIND_TEXT_AUTO_REPLYS(SEED, "findTextAutoReplys", "auto-replies", "find", null,
            "GET", "/texts/auto-replys", noBody(), page(TextAutoReply.class),
            query("fields"), query("limit"), query("number"), query("offset")),
    CREATE_TEXT_AUTO_REPLY(SEED, "createTextAutoReply", "auto-replies", "create", null,
            "POST", "/texts/auto-replys", json(TextAutoReply.class), createdId(),
            query("fields")),
    DELETE_TEXT_AUTO_REPLY(SEED, "deleteTextAutoReply", "auto-replies", "delete", null,
            "DELETE", "/texts/auto-replys/{id}", noBody(), noContent(),
            path("id")),
    GET_TEXT_AUTO_REPLY(SEED, "getTextAutoReply", "auto-replies", "get", null,
            "GET", "/texts/auto-replys/{id}", noBody(), object(TextAutoReply.class),
            path("id"), query("fields")),
    FIND_TEXT_BROADCASTS(SEED, "findTextBroadcasts", "broadcasts", "find", BroadcastType.TEXT,
            "GET", "/texts/broadcasts", noBody(), page(TextBroadcast.class),
            query("fields"), query("intervalBegin"), query("intervalEnd"), query("label"), query("limit"),
            query("name"), query("offset"), query("running"), query("scheduled")),
    CREATE_TEXT_BROADCAST(SEED, "createTextBroadcast", "broadcasts", "create", BroadcastType.TEXT,
            "POST", "/texts/broadcasts", json(TextBroadcast.class), createdId(),
            query("start"), query("strictValidation")),
    GET_TEXT_BROADCAST(SEED, "getTextBroadcast", "broadcasts", "get", BroadcastType.TEXT,
            "GET", "/texts/broadcasts/{id}", noBody(), object(TextBroadcast.class),
            path("id"), query("fields")),
    UPDATE_TEXT_BROADCAST(SEED, "updateTextBroadcast", "broadcasts", "update", BroadcastType.TEXT,
            "PUT", "/texts/broadcasts/{id}", json(TextBroadcast.class), object(ResourceId.class),
            path("id"), query("strictValidation")),
    ARCHIVE_TEXT_BROADCAST(SEED, "archiveTextBroadcast", "broadcasts", "archive", BroadcastType.TEXT,
            "POST", "/texts/broadcasts/{id}/archive", noBody(), noContent(),
            path("id")),
    GET_TEXT_BROADCAST_BATCHES(SEED, "getTextBroadcastBatches", "broadcasts", "get-batches", BroadcastType.TEXT,
            "GET", "/texts/broadcasts/{id}/batches", noBody(), page(Batch.class),
            path("id"), query("fields"), query("limit"), query("offset")),
    ADD_TEXT_BROADCAST_BATCH(SEED, "addTextBroadcastBatch", "broadcasts", "add-batch", BroadcastType.TEXT,
            "POST", "/texts/broadcasts/{id}/batches", json(BatchRequest.class), createdId(),
            path("id"), query("strictValidation")),
    ADD_TEXT_BROADCAST_RECIPIENTS(SEED, "addTextBroadcastRecipients", "broadcasts", "add-recipients", BroadcastType.TEXT,
            "POST", "/texts/broadcasts/{id}/recipients", jsonArray(TextRecipient.class), itemList(Text.class),
            path("id"), query("fields"), query("strictValidation")),
    START_TEXT_BROADCAST(SEED, "startTextBroadcast", "broadcasts", "start", BroadcastType.TEXT,
            "POST", "/texts/broadcasts/{id}/start", noBody(), noContent(),
            path("id")),
    GET_TEXT_BROADCAST_STATS(SEED, "getTextBroadcastStats", "broadcasts", "stats", BroadcastType.TEXT,
            "GET", "/texts/broadcasts/{id}/stats", noBody(), object(TextBroadcastStats.class),
            path("id"), query("begin"), query("end"), query("fields")),
    STOP_TEXT_BROADCAST(SEED, "stopTextBroadcast", "broadcasts", "stop", BroadcastType.TEXT,
            "POST", "/texts/broadcasts/{id}/stop", noBody(), noContent(),
            path("id")),
    GET_TEXT(EXTRA, "getText", "texts", "get", null,
            "GET", "/texts/{id}", noBody(), object(Text.class),
            path("id"), query("fields")),
    GET_TEXT_BROADCAST_TEXTS(EXTRA, "getTextBroadcastTexts", "broadcasts", "get-texts", BroadcastType.TEXT,
            "GET", "/texts/broadcasts/{id}/texts", noBody(), page(Text.class),
            path("id"), query("batchId"), query("fields"), query("limit"), query("offset")),
    TOGGLE_TEXT_BROADCAST_RECIPIENTS_STATUS(EXTRA, "toggleTextBroadcastRecipientsStatus", "broadcasts", "toggle-recipients-status", BroadcastType.TEXT,
            "POST", "/texts/broadcasts/{id}/toggleRecipientsStatus", jsonArray(Recipient.class), noContent(),
            path("id"), query("enable")),
    TOGGLE_CALL_BROADCAST_RECIPIENTS_STATUS(EXTRA, "toggleCallBroadcastRecipientsStatus", "broadcasts", "toggle-recipients-status", BroadcastType.CALL,
            "POST", "/calls/broadcasts/{id}/toggleRecipientsStatus", jsonArray(Recipient.class), noContent(),
            path("id"), query("enable")),
    GET_KEYWORD_LEASE_BY_ID(EXTRA, "getKeywordLeaseById", "keyword-leases", "get-by-id", null,
            "GET", "/keywords/leases/id/{id}", noBody(), object(KeywordLease.class),
            path("id"), query("fields")),
    FIND_ORDERS(EXTRA, "findOrders", "orders", "find", null,
            "GET", "/orders", noBody(), page(NumberOrder.class),
            query("fields"), query("intervalBegin"), query("intervalEnd"), query("limit"), query("offset"),
            repeated("status")),
    FIND_MEDIA(EXTRA, "findMedia", "media", "find", null,
            "GET", "/media", noBody(), page(Media.class),
            query("fields"), query("filter"), query("limit"), query("offset")),
    ENABLE_API_CREDENTIALS(EXTRA, "enableApiCredentials", "api-credentials", "enable", null,
            "POST", "/me/api/credentials/{id}/enable", noBody(), noContent(),
            path("id")),
    DISABLE_API_CREDENTIALS(EXTRA, "disableApiCredentials", "api-credentials", "disable", null,
            "POST", "/me/api/credentials/{id}/disable", noBody(), noContent(),
            path("id")),
    FIND_KEYWORD_LEASE_CONFIGS(EXTRA, "findKeywordLeaseConfigs", "keyword-leases", "find-configs", null,
            "GET", "/keywords/leases/configs", noBody(), page(KeywordConfig.class),
            query("fields"), query("filter"), query("labelName"), query("limit"), query("offset")),
    GET_KEYWORD_LEASE_CONFIG(EXTRA, "getKeywordLeaseConfig", "keyword-leases", "get-config", null,
            "GET", "/keywords/leases/configs/{keyword}", noBody(), object(KeywordConfig.class),
            path("keyword"), query("fields")),
    UPDATE_KEYWORD_LEASE_CONFIG(EXTRA, "updateKeywordLeaseConfig", "keyword-leases", "update-config", null,
            "PUT", "/keywords/leases/configs/{keyword}", json(KeywordConfig.class), noContent(),
            path("keyword")),
    FIND_WEBHOOKS(EXTRA, "findWebhooks", "webhooks", "find", null,
            "GET", "/webhooks", noBody(), page(Webhook.class),
            query("callback"), query("enabled"), query("event"), query("fields"), query("limit"), query("name"),
            query("offset"), query("resource")),
    CREATE_WEBHOOK(EXTRA, "createWebhook", "webhooks", "create", null,
            "POST", "/webhooks", json(Webhook.class), createdId(),
            query("fields")),
    GET_WEBHOOK(EXTRA, "getWebhook", "webhooks", "get", null,
            "GET", "/webhooks/{id}", noBody(), object(Webhook.class),
            path("id"), query("fields")),
    UPDATE_WEBHOOK(EXTRA, "updateWebhook", "webhooks", "update", null,
            "PUT", "/webhooks/{id}", json(Webhook.class), noContent(),
            path("id")),
    DELETE_WEBHOOK(EXTRA, "deleteWebhook", "webhooks", "delete", null,
            "DELETE", "/webhooks/{id}", noBody(), noContent(),
            path("id")),
    FIND_WEBHOOK_RESOURCES(EXTRA, "findWebhookResources", "webhooks", "find-resources", null,
            "GET", "/webhooks/resources", noBody(), itemList(WebhookResource.class),
            query("fields")),
    GET_WEBHOOK_RESOURCE(EXTRA, "getWebhookResource", "webhooks", "get-resource", null,
            "GET", "/webhooks/resources/{resource}", noBody(), object(WebhookResource.class),
            path("resource"), query("fields"));

    private final OperationOrigin origin;
    private final String operationId;
    private final String api;
    private final String method;
    private final BroadcastType broadcastType;
    private final String httpMethod;
    private final PathTemplate path;
    private final BodySpec body;
    private final ResultSpec result;
    private final List<OperationParam> params;

    CallfireOperation(OperationOrigin origin, String operationId, String api, String method,
                      BroadcastType broadcastType, String httpMethod, String path, BodySpec body, ResultSpec result,
                      OperationParam... params) {
        this.origin = origin;
        this.operationId = operationId;
        this.api = api;
        this.method = method;
        this.broadcastType = broadcastType;
        this.httpMethod = httpMethod;
        this.params = List.of(params);
        this.path = PathTemplate.compile(path, this.params);
        this.body = body;
        this.result = result;
    }

    public OperationOrigin origin() {
        return origin;
    }

    public String operationId() {
        return operationId;
    }

    public String api() {
        return api;
    }

    public String method() {
        return method;
    }

    /** TEXT or CALL for broadcast operations, null for all others. */
    public BroadcastType broadcastType() {
        return broadcastType;
    }

    public String httpMethod() {
        return httpMethod;
    }

    public PathTemplate pathTemplate() {
        return path;
    }

    public BodySpec body() {
        return body;
    }

    public ResultSpec result() {
        return result;
    }

    /** The parameters in a fixed order; argument arrays are indexed the same way. */
    public List<OperationParam> params() {
        return params;
    }

    /** Index of the named parameter in {@link #params()}, or -1 when the operation does not take it. */
    public int indexOf(String paramName) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).name().equals(paramName)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the operation returns a page and takes an offset, so that it can be walked page by page. */
    public boolean pageable() {
        return result.kind() == ResultSpec.Kind.PAGE && indexOf("offset") >= 0 && indexOf("limit") >= 0;
    }

    /** The URI path of this operation: {@code api/method}. */
    public String uriPath() {
        return api + "/" + method;
    }

    static List<CallfireOperation> all() {
        return Arrays.asList(values());
    }
}
