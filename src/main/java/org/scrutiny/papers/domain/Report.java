package org.scrutiny.papers.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.scrutiny.publishing.DocumentReader;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.RecordNotFoundException;

/**
 * A report for an agenda item, written in the panel's standard template. The secretariat asks
 * for it, the author (the OPCC or the secretariat) drafts and submits it, and the secretariat
 * accepts it for publication or returns it with comments.
 */
@Entity
@Audited
public class Report {

    public enum Author {
        OPCC("Office of the Police and Crime Commissioner"),
        SECRETARIAT("Panel secretariat");

        private final String label;

        Author(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Status {
        REQUESTED("Requested"),
        DRAFT("Draft"),
        SUBMITTED("Submitted"),
        RETURNED("Returned with comments"),
        ACCEPTED("Accepted for publication");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Written in the panel's template, or uploaded as a file. */
    public enum Form {
        TEMPLATE,
        UPLOAD
    }

    /** The numbered sections of the standard report template, in order. */
    @Embeddable
    public record Sections(
            String purpose,
            String recommendations,
            String termsOfReference,
            String background,
            String keyIssues,
            String implications,
            String consultation,
            String nextSteps,
            String backgroundDocuments,
            String appendices) {

        public static Sections empty() {
            return new Sections(null, null, null, null, null, null, null, null, null, null);
        }

        public record Section(String heading, String text) {

            /** One paragraph per line the author wrote. */
            public List<String> paragraphs() {
                return text.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
            }
        }

        /** The sections with their headings, leaving out those with nothing in them. */
        public List<Section> written() {
            List<Section> all = new ArrayList<>();
            add(all, "Purpose", purpose);
            add(all, "Recommendations", recommendations);
            add(all, "Terms of Reference", termsOfReference);
            add(all, "Background", background);
            add(all, "Key Issues", keyIssues);
            add(all, "Implications", implications);
            add(all, "Consultation", consultation);
            add(all, "Next Steps", nextSteps);
            add(all, "Background Documents", backgroundDocuments);
            add(all, "Appendices", appendices);
            return all;
        }

        private static void add(List<Section> sections, String heading, String text) {
            if (text != null && !text.isBlank()) {
                sections.add(new Section(heading, text.strip()));
            }
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long meetingId;
    private long agendaItemId;
    private String title;

    @Enumerated(EnumType.STRING)
    private Author author;

    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String reportOf;
    private String contactOfficer;
    private String contactDetails;

    @Embedded
    private Sections sections = Sections.empty();

    private String returnComments;

    @Enumerated(EnumType.STRING)
    private Form form = Form.TEMPLATE;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PaperFile> files = new ArrayList<>();

    @Version
    private long version;

    protected Report() {}

    public static Report request(long meetingId, long agendaItemId, String title, Author author, LocalDate dueDate) {
        Report report = new Report();
        report.meetingId = meetingId;
        report.agendaItemId = agendaItemId;
        report.title = title;
        report.author = author;
        report.dueDate = dueDate;
        report.status = Status.REQUESTED;
        return report;
    }

    /** A report written in the standard template: whose it is, the contact officer, and its sections. */
    public record Draft(String reportOf, String contactOfficer, String contactDetails, Sections sections) {}

    public void draft(Draft draft) {
        String reportOf = draft.reportOf();
        String contactOfficer = draft.contactOfficer();
        String contactDetails = draft.contactDetails();
        Sections sections = draft.sections();
        checkOpen();
        if (form == Form.UPLOAD) {
            files.removeIf(f -> f.getRole() == PaperFile.Role.REPORT || isAlternativeOfReportFile(f));
            form = Form.TEMPLATE;
        }
        this.reportOf = reportOf;
        this.contactOfficer = contactOfficer;
        this.contactDetails = contactDetails;
        this.sections = sections;
        this.status = Status.DRAFT;
    }

    /** The report itself uploaded as a file, in place of the template; any earlier upload is replaced. */
    public PaperFile upload(String fileName, long size, DocumentReader.Read read, Instant now) {
        checkOpen();
        files.removeIf(f -> f.getRole() == PaperFile.Role.REPORT || isAlternativeOfReportFile(f));
        PaperFile file = new PaperFile(this, PaperFile.Role.REPORT, null, title, fileName, size, read, now);
        files.add(file);
        form = Form.UPLOAD;
        status = Status.DRAFT;
        return file;
    }

    public PaperFile addAppendix(
            String appendixTitle, String fileName, long size, DocumentReader.Read read, Instant now) {
        checkOpen();
        if (appendixTitle == null || appendixTitle.isBlank()) {
            throw new BusinessRuleViolation("title", "Enter the title of the appendix");
        }
        PaperFile file =
                new PaperFile(this, PaperFile.Role.APPENDIX, null, appendixTitle.strip(), fileName, size, read, now);
        files.add(file);
        return file;
    }

    /**
     * An accessible version of a file that is not accessible. It may be added at any time, even
     * after acceptance: it changes no words of the paper, only how people can read them.
     */
    public PaperFile addAccessibleVersion(
            long ofFileId, String fileName, long size, DocumentReader.Read read, Instant now) {
        PaperFile original = file(ofFileId);
        if (original.getRole() == PaperFile.Role.ALTERNATIVE) {
            throw new BusinessRuleViolation("file", "Add the accessible version to the original file");
        }
        if (!read.tagged()) {
            throw new BusinessRuleViolation(
                    "file", "The accessible version must be a Word document or a tagged PDF; this PDF is not tagged");
        }
        files.removeIf(f -> f.getRole() == PaperFile.Role.ALTERNATIVE
                && f.getAlternativeOf().equals(ofFileId));
        PaperFile file = new PaperFile(
                this, PaperFile.Role.ALTERNATIVE, ofFileId, original.getTitle(), fileName, size, read, now);
        files.add(file);
        return file;
    }

    /** Removes a file, and any accessible version of it. */
    public void removeFile(long fileId) {
        PaperFile file = file(fileId);
        if (file.getRole() != PaperFile.Role.ALTERNATIVE) {
            checkOpen();
        }
        if (file.getRole() == PaperFile.Role.REPORT) {
            throw new BusinessRuleViolation("Upload another file to replace the report, or write it in the template");
        }
        files.removeIf(f -> f == file || fileId == nullToZero(f.getAlternativeOf()));
    }

    public PaperFile file(long fileId) {
        return files.stream()
                .filter(f -> f.getId() != null && f.getId() == fileId)
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("File", fileId));
    }

    /** The uploaded report, if the report was uploaded. */
    public Optional<PaperFile> reportFile() {
        return files.stream().filter(f -> f.getRole() == PaperFile.Role.REPORT).findFirst();
    }

    public List<PaperFile> appendices() {
        return files.stream()
                .filter(f -> f.getRole() == PaperFile.Role.APPENDIX)
                .toList();
    }

    /** The accessible version of a file, if one was added. */
    public Optional<PaperFile> accessibleVersionOf(PaperFile file) {
        return files.stream()
                .filter(f -> f.getRole() == PaperFile.Role.ALTERNATIVE
                        && file.getId().equals(f.getAlternativeOf()))
                .findFirst();
    }

    /** The uploaded report and appendices that are not accessible. */
    public List<PaperFile> inaccessibleFiles() {
        return files.stream()
                .filter(f -> f.getRole() != PaperFile.Role.ALTERNATIVE && !f.isAccessible())
                .toList();
    }

    private boolean isAlternativeOfReportFile(PaperFile f) {
        return f.getRole() == PaperFile.Role.ALTERNATIVE
                && reportFile()
                        .map(r -> r.getId() != null && r.getId().equals(f.getAlternativeOf()))
                        .orElse(false);
    }

    private static long nullToZero(Long value) {
        return value == null ? 0 : value;
    }

    private void checkOpen() {
        if (status == Status.SUBMITTED || status == Status.ACCEPTED) {
            throw new BusinessRuleViolation(
                    "The report has been " + status.label().toLowerCase() + " and cannot be changed");
        }
    }

    public void submit() {
        boolean uploadReturned = form == Form.UPLOAD && status == Status.RETURNED;
        if (status != Status.DRAFT && !uploadReturned) {
            throw new BusinessRuleViolation("Only a draft can be submitted; this report is "
                    + status.label().toLowerCase());
        }
        if (form == Form.UPLOAD) {
            if (reportFile().isEmpty()) {
                throw new BusinessRuleViolation("file", "Upload the report before submitting it");
            }
            status = Status.SUBMITTED;
            returnComments = null;
            return;
        }
        if (isBlank(sections.purpose())) {
            throw new BusinessRuleViolation("purpose", "Write the purpose of the report before submitting it");
        }
        if (isBlank(sections.recommendations())) {
            throw new BusinessRuleViolation(
                    "recommendations", "Write the recommendations before submitting the report");
        }
        if (isBlank(reportOf)) {
            throw new BusinessRuleViolation("reportOf", "Say whose report this is before submitting it");
        }
        status = Status.SUBMITTED;
        returnComments = null;
    }

    public void accept() {
        if (status != Status.SUBMITTED) {
            throw new BusinessRuleViolation("Only a submitted report can be accepted; this report is "
                    + status.label().toLowerCase());
        }
        status = Status.ACCEPTED;
    }

    public void returnWithComments(String comments) {
        if (status != Status.SUBMITTED) {
            throw new BusinessRuleViolation("Only a submitted report can be returned; this report is "
                    + status.label().toLowerCase());
        }
        if (isBlank(comments)) {
            throw new BusinessRuleViolation("comments", "Enter comments for the author: what needs to change");
        }
        returnComments = comments.trim();
        status = Status.RETURNED;
    }

    public boolean isOverdue(LocalDate today) {
        return (status == Status.REQUESTED || status == Status.DRAFT || status == Status.RETURNED)
                && today.isAfter(dueDate);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public Long getId() {
        return id;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getAgendaItemId() {
        return agendaItemId;
    }

    public String getTitle() {
        return title;
    }

    public Author getAuthor() {
        return author;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Status getStatus() {
        return status;
    }

    public String getReportOf() {
        return reportOf;
    }

    public String getContactOfficer() {
        return contactOfficer;
    }

    public String getContactDetails() {
        return contactDetails;
    }

    public Sections getSections() {
        // Hibernate reads an embedded value whose columns are all empty as null.
        return sections == null ? Sections.empty() : sections;
    }

    public String getReturnComments() {
        return returnComments;
    }

    public Form getForm() {
        return form;
    }

    public boolean isUploaded() {
        return form == Form.UPLOAD;
    }

    public List<PaperFile> getFiles() {
        return Collections.unmodifiableList(files);
    }

    public long getVersion() {
        return version;
    }
}
