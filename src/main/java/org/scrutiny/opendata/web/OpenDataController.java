package org.scrutiny.opendata.web;

import java.util.Optional;
import org.scrutiny.opendata.OParlType;
import org.scrutiny.opendata.domain.OParlAddresses;
import org.scrutiny.opendata.domain.OpenDataArchive;
import org.scrutiny.shared.London;
import org.scrutiny.shared.RecordNotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The page for developers that explains the open data, and the bulk download. */
@Controller
class OpenDataController {

    private final OpenDataArchive archive;
    private final OParlAddresses addresses;

    OpenDataController(OpenDataArchive archive, OParlAddresses addresses) {
        this.archive = archive;
        this.addresses = addresses;
    }

    @GetMapping("/open-data")
    String page(Model model) {
        Optional<OpenDataArchive.Built> built = archive.latest();
        model.addAttribute(
                "built", built.map(b -> b.builtAt().atZone(London.ZONE)).orElse(null));
        model.addAttribute(
                "size",
                built.map(b -> String.format(java.util.Locale.UK, "%.1f MB", b.size() / 1_000_000.0))
                        .orElse(null));
        model.addAttribute("system", addresses.system());
        model.addAttribute("meetings", addresses.list(OParlType.MEETING));
        return "opendata/open-data";
    }

    @GetMapping("/open-data/" + OpenDataArchive.FILE_NAME)
    ResponseEntity<byte[]> download() {
        byte[] content = archive.content()
                .orElseThrow(
                        () -> new RecordNotFoundException("Bulk download (being built)", OpenDataArchive.FILE_NAME));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(OpenDataArchive.FILE_NAME)
                                .build()
                                .toString())
                .body(content);
    }
}
