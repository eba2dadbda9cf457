package org.scrutiny.membership.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.Optional;
import org.scrutiny.membership.domain.PanelDocument;
import org.scrutiny.membership.domain.PanelDocumentService;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.Option;
import org.scrutiny.shared.web.Uploads;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The documents the panel's page publishes: its terms of reference, rules of procedure and arrangements. */
@Controller
@RequestMapping("/manage/panel/documents")
class ManagePanelDocumentsController {

    private final PanelDocumentService documents;

    ManagePanelDocumentsController(PanelDocumentService documents) {
        this.documents = documents;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", new PanelDocumentForm());
        return page(model);
    }

    @PostMapping
    String upload(
            @Valid @ModelAttribute("form") PanelDocumentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        PanelDocument.Kind kind =
                Forms.choice(PanelDocument.Kind.class, form.getKind(), result, "kind", "Choose what the document is");
        Optional<PanelDocument> uploaded = Uploads.required(form.getFile(), result, "file", "Select a file to upload")
                .flatMap(sent ->
                        Forms.saved(result, () -> documents.upload(kind, Forms.trimmed(form.getTitle()), sent)));
        if (uploaded.isEmpty()) {
            return page(model);
        }
        PanelDocument document = uploaded.get();
        redirect.addFlashAttribute(
                "flash",
                "‘" + document.getTitle() + "’ has been published on the panel's page (" + document.describe() + ")"
                        + (document.isPdf() && !document.isTagged()
                                ? ". It is not a tagged PDF, so screen readers cannot read it well: upload a tagged"
                                        + " PDF or a Word document instead if you can"
                                : ""));
        return "redirect:/manage/panel/documents";
    }

    @PostMapping("/{id}/remove")
    String remove(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        String title = documents.document(id).getTitle();
        documents.remove(id, version);
        redirect.addFlashAttribute("flash", "‘" + title + "’ has been taken off the panel's page");
        return "redirect:/manage/panel/documents";
    }

    private String page(Model model) {
        model.addAttribute("documents", documents.documents());
        model.addAttribute(
                "kinds",
                Arrays.stream(PanelDocument.Kind.values())
                        .map(k -> Option.of(k.name(), k.label()))
                        .toList());
        model.addAttribute("maxSize", documents.uploadLimit());
        return "membership/manage/documents";
    }
}
