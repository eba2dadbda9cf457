package org.scrutiny.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.scrutiny.shared.CsvText;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A CSV file (RFC 4180) as a download. */
public final class Csv {

    private Csv() {}

    public static String row(List<String> fields) {
        return CsvText.row(fields);
    }

    /** A whole file: its header row and its rows, as a download named {@code fileName}. */
    public static ResponseEntity<byte[]> download(String fileName, List<String> header, List<List<String>> rows) {
        String csv = CsvText.of(header, rows);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }
}
