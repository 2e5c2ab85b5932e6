package com.weeklygraphql.content.snapshot;

import com.weeklygraphql.content.index.ItemQueries;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;

/**
 * Where an item stands in date order. Cursors are sort keys rather than offsets, so a page fetched after
 * the archive moved continues after the same item instead of skipping or repeating some.
 */
record SortKey(LocalDate date, Instant instant, String id) {

    static SortKey of(FieldDoc hit) {
        return new SortKey(ItemQueries.day(hit), ItemQueries.instant(hit), ItemQueries.id(hit));
    }

    String toCursor() {
        String plain = date + "|" + instant + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static SortKey fromCursor(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = plain.split("\\|", 3);
            if (parts.length != 3) {
                throw new InvalidCursorException(cursor);
            }
            return new SortKey(LocalDate.parse(parts[0]), Instant.parse(parts[1]), parts[2]);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidCursorException(cursor);
        }
    }
}
