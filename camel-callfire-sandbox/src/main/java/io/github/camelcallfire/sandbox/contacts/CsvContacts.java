package io.github.camelcallfire.sandbox.contacts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.http.Json;

/**
 * Contacts from an uploaded CSV file with a header row. Columns named like Contact fields (any case) fill those
 * fields; other columns become properties, named by their header when {@code useCustomFields} is true and by their
 * spreadsheet column letter (A, B, ..., AA) otherwise, as CallFire does. Rows that share a phone number are one
 * contact, as on live CallFire: they merge in file order, a later row's values filling and replacing an earlier
 * one's.
 */
public final class CsvContacts {

    private static final Map<String, String> CONTACT_FIELDS = Stream.of("firstName", "lastName", "zipcode",
                    "homePhone", "workPhone", "mobilePhone", "extraPhone1", "extraPhone2", "extraPhone3",
                    "externalId", "externalSystem")
            .collect(Collectors.toMap(f -> f.toLowerCase(Locale.ROOT), Function.identity()));

    private CsvContacts() {
    }

    public static List<Contact> parse(byte[] file, boolean useCustomFields) {
        String text = new String(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CsvRows.Row> rows = CsvRows.parse(text);
        if (rows.isEmpty()) {
            throw ApiError.badRequest("Malformed CSV: the file is empty, a header row is required");
        }
        List<String> header = header(rows.get(0));
        if (rows.size() == 1) {
            throw ApiError.badRequest("Malformed CSV: the file has a header row but no contacts");
        }
        List<Contact> contacts = new ArrayList<>(rows.size() - 1);
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            contacts.add(contact(header, row, useCustomFields));
        }
        return mergedByNumber(contacts);
    }

    /** One contact per phone number: a row sharing a number with an earlier contact merges into it. */
    static List<Contact> mergedByNumber(List<Contact> rows) {
        List<Contact> merged = new ArrayList<>(rows.size());
        Map<String, Integer> byNumber = new HashMap<>();
        for (Contact row : rows) {
            Integer into = null;
            for (String number : row.numbers()) {
                into = byNumber.get(number);
                if (into != null) {
                    break;
                }
            }
            int index;
            if (into == null) {
                index = merged.size();
                merged.add(row);
            } else {
                index = into;
                merged.set(index, merged.get(index).mergedWith(row));
            }
            for (String number : merged.get(index).numbers()) {
                byNumber.putIfAbsent(number, index);
            }
        }
        return merged;
    }

    private static List<String> header(CsvRows.Row row) {
        List<String> names = row.values().stream().map(String::trim).toList();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).isEmpty()) {
                throw ApiError.badRequest("Malformed CSV: header column " + (i + 1) + " has no name");
            }
            if (!seen.add(names.get(i).toLowerCase(Locale.ROOT))) {
                throw ApiError.badRequest("Malformed CSV: header column '" + names.get(i) + "' appears twice");
            }
        }
        return names;
    }

    private static Contact contact(List<String> header, CsvRows.Row row, boolean useCustomFields) {
        if (row.values().size() > header.size()) {
            throw ApiError.badRequest("Malformed CSV: line " + row.line() + " has " + row.values().size()
                    + " values but the header has " + header.size() + " columns");
        }
        ObjectNode node = Json.object();
        ObjectNode properties = Json.object();
        for (int i = 0; i < row.values().size(); i++) {
            String value = row.values().get(i).trim();
            if (value.isEmpty()) {
                continue;
            }
            String field = CONTACT_FIELDS.get(header.get(i).toLowerCase(Locale.ROOT));
            if (field != null) {
                node.put(field, value);
            } else {
                properties.put(useCustomFields ? header.get(i) : columnLetter(i), value);
            }
        }
        if (!properties.isEmpty()) {
            node.set("properties", properties);
        }
        return Contact.fromJson(node, "CSV line " + row.line());
    }

    /** 0 -> A, 25 -> Z, 26 -> AA. */
    static String columnLetter(int index) {
        StringBuilder out = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            out.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return out.toString();
    }
}
