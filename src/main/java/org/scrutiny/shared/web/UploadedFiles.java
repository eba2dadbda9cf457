package org.scrutiny.shared.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How a file someone uploaded is sent back: as the type it was read as (never sniffed), a PDF
 * shown in the browser and anything else downloaded, under its cleaned name, with a policy that
 * lets nothing in it run as part of the site.
 */
public final class UploadedFiles {

    /** No script, no form and no frame of the site's own: an upload is a document, never a page. */
    static final String POLICY =
            "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:;"
                    + " object-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'self'";

    private UploadedFiles() {}

    public static ResponseEntity<byte[]> send(byte[] content, String mediaType, String fileName, CacheControl cache) {
        MediaType type = MediaType.parseMediaType(mediaType);
        boolean pdf = MediaType.APPLICATION_PDF.isCompatibleWith(type);
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        (pdf ? ContentDisposition.inline() : ContentDisposition.attachment())
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", POLICY)
                .cacheControl(cache)
                .body(content);
    }
}
