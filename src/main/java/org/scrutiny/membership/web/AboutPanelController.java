package org.scrutiny.membership.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.scrutiny.membership.MemberKind;
import org.scrutiny.membership.MemberRole;
import org.scrutiny.membership.Office;
import org.scrutiny.membership.PanelMember;
import org.scrutiny.membership.PanelOfficial;
import org.scrutiny.membership.domain.MembershipService;
import org.scrutiny.membership.domain.PanelDocument;
import org.scrutiny.membership.domain.PanelDocumentService;
import org.scrutiny.shared.web.UploadedFiles;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The panel's own page: what it does, who is on it, its documents, and how to reach it. */
@Controller
class AboutPanelController {

    private final MembershipService membership;
    private final PanelDocumentService documents;
    private final Clock clock;

    AboutPanelController(MembershipService membership, PanelDocumentService documents, Clock clock) {
        this.membership = membership;
        this.documents = documents;
        this.clock = clock;
    }

    @GetMapping("/about")
    String about(Model model) {
        LocalDate today = LocalDate.now(clock);
        List<PanelMember> members = membership.membersOn(today);
        model.addAttribute("details", membership.panel());
        model.addAttribute("authorities", membership.authorityNames());
        model.addAttribute(
                "councillors",
                members.stream().filter(m -> m.kind() == MemberKind.COUNCILLOR).count());
        model.addAttribute(
                "independents",
                members.stream()
                        .filter(m -> m.kind() == MemberKind.INDEPENDENT_CO_OPTED)
                        .count());
        model.addAttribute(
                "officeHolders",
                members.stream().filter(m -> m.role() != MemberRole.MEMBER).toList());
        model.addAttribute(
                "commissioner",
                membership.officialsOn(today).stream()
                        .filter(o -> o.office() == Office.COMMISSIONER)
                        .map(PanelOfficial::name)
                        .findFirst()
                        .orElse(null));
        model.addAttribute("documents", documents.documents());
        return "membership/public/about";
    }

    @GetMapping("/about/documents/{id}")
    ResponseEntity<byte[]> document(@PathVariable long id) {
        PanelDocument document = documents.document(id);
        return UploadedFiles.send(
                documents.content(id), document.getMediaType(), document.getFileName(), CacheControl.noCache());
    }
}
