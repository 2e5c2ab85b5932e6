package com.weeklygraphql.api.export;

import com.weeklygraphql.content.snapshot.ContentFilter;
import com.weeklygraphql.content.snapshot.Order;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.util.MultiValueMap;

/**
 * The query parameters of an export, read as the GraphQL lists read their arguments: {@code tag} and
 * {@code project} (each may repeat; any of them), {@code from} and {@code to} (inclusive ISO dates),
 * {@code text}, and {@code order}; and {@code bom=true} for a file that opens in Excel. An unknown parameter is
 * refused rather than ignored: a misspelt filter would otherwise download everything.
 *
 * @param bom whether the file starts with a UTF-8 byte order mark: Excel reads a CSV without one in the
 *        machine's legacy code page, which turns Han text into mojibake; most programs read it as part of the
 *        first column's name, so it is asked for, not sent by default
 * @param canonical the parameters in one spelling (sorted), for the ETag
 */
record ExportRequest(ContentFilter filter, Order order, boolean bom, String canonical) {

    private static final Set<String> KNOWN = Set.of("tag", "project", "from", "to", "text", "order", "bom");

    static ExportRequest of(MultiValueMap<String, String> parameters) {
        for (String name : parameters.keySet()) {
            if (!KNOWN.contains(name)) {
                throw new IllegalArgumentException("unknown parameter '" + name + "': use tag, project (both may repeat),"
                        + " from, to (dates like 2020-01-01), text, order (NEWEST_FIRST or OLDEST_FIRST) and bom (true for Excel)");
            }
        }
        ContentFilter filter = ContentFilter.of(values(parameters, "tag"), values(parameters, "project"),
                date(parameters, "from"), date(parameters, "to"), single(parameters, "text"));
        return new ExportRequest(filter, order(single(parameters, "order")), bom(single(parameters, "bom")),
                new TreeMap<>(parameters).toString());
    }

    private static List<String> values(MultiValueMap<String, String> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().filter(value -> !value.isBlank()).toList();
    }

    private static String single(MultiValueMap<String, String> parameters, String name) {
        List<String> given = parameters.getOrDefault(name, List.of());
        if (given.size() > 1) {
            throw new IllegalArgumentException("'" + name + "' is given " + given.size() + " times: give it once");
        }
        return given.isEmpty() || given.get(0).isBlank() ? null : given.get(0);
    }

    private static LocalDate date(MultiValueMap<String, String> parameters, String name) {
        String text = single(parameters, name);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + name + "' is '" + text + "', not a date: write it like 2020-01-01");
        }
    }

    private static boolean bom(String text) {
        if (text == null || text.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (text.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw new IllegalArgumentException("'bom' is '" + text + "': use true (a byte order mark for Excel) or false");
    }

    private static Order order(String text) {
        if (text == null) {
            return Order.NEWEST_FIRST;
        }
        try {
            return Order.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'order' is '" + text + "': use NEWEST_FIRST or OLDEST_FIRST");
        }
    }
}
