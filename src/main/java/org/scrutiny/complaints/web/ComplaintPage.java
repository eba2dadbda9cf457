package org.scrutiny.complaints.web;

import java.security.Principal;
import java.util.function.Supplier;
import org.scrutiny.complaints.domain.Complaint;
import org.scrutiny.complaints.domain.ComplaintService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A complaint's page in the register: its details, its history, its letters, and the form for
 * each step it may take next. A form that failed is already in the model, with its errors; the
 * others start empty, all carrying the version the officer saw.
 */
@Component
class ComplaintPage {

    private final ComplaintService complaints;

    ComplaintPage(ComplaintService complaints) {
        this.complaints = complaints;
    }

    String show(long id, Principal officer, Model model) {
        Complaint complaint = complaints.withHistory(id);
        long version = complaint.getVersion();
        form(model, "acknowledging", ComplaintForms.Step::new, version);
        form(model, "deciding", ComplaintForms.Decision::new, version);
        form(model, "withholding", ComplaintForms.Withholding::new, version);
        form(model, "referring", ComplaintForms.Referral::new, version);
        form(model, "answering", ComplaintForms.IopcAnswer::new, version);
        form(model, "concluding", ComplaintForms.Step::new, version);
        form(model, "disapplying", ComplaintForms.Disapplication::new, version);
        form(model, "withdrawing", ComplaintForms.Step::new, version);
        form(model, "resolving", ComplaintForms.Resolution::new, version);
        model.addAttribute("complaint", complaint);
        model.addAttribute("letters", complaints.letters(id));
        model.addAttribute("documents", complaints.attachments(id));
        model.addAttribute("aboutYou", complaints.isAbout(complaint, officer.getName()));
        model.addAttribute("options", ComplaintOptions.INSTANCE);
        return "complaints/manage/complaint";
    }

    private static <F extends ComplaintForms.Step> void form(
            Model model, String name, Supplier<F> empty, long version) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, empty.get());
        }
        ((ComplaintForms.Step) model.getAttribute(name)).setVersion(version);
    }
}
