/**
 * Downloads for analysts: {@code GET /export/releases.csv}, {@code questions.csv} and {@code events.csv}, with
 * the list filters as query parameters, every matching row streamed as RFC 4180 CSV.
 * {@link com.weeklygraphql.api.export.ExportRows} is the only class that knows how the snapshot selects items.
 */
package com.weeklygraphql.api.export;
