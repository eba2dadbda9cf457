package org.scrutiny.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** One row of a CSV file (RFC 4180): a field with a comma, a quote or a line break is quoted. */
public final class Csv {

    private Csv() {}

    public static String row(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    /** A whole file: its header row and its rows, as a download named {@code fileName}. */
    public static ResponseEntity<byte[]> download(String fileName, List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(row(header));
        rows.forEach(fields -> csv.append(row(fields)));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String field(String value) {
        String text = value == null ? "" : value;
        // A cell a spreadsheet would run as a formula is written as text.
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.matches("[^,\"\r\n]*") ? text : "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
