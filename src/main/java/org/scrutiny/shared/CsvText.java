package org.scrutiny.shared;

import java.util.List;
import java.util.stream.Collectors;

/** Text of a CSV file (RFC 4180): a field with a comma, a quote or a line break is quoted. */
public final class CsvText {

    private CsvText() {}

    public static String row(List<String> fields) {
        return fields.stream().map(CsvText::field).collect(Collectors.joining(",")) + "\r\n";
    }

    /** A whole file: its header row, then its rows. */
    public static String of(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(row(header));
        rows.forEach(fields -> csv.append(row(fields)));
        return csv.toString();
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
