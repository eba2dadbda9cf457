package org.scrutiny.papers.web;

import jakarta.validation.constraints.Size;
import org.scrutiny.papers.ReportTemplates;
import org.scrutiny.papers.domain.Report;
import org.scrutiny.shared.web.DateInput;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.MultiLine;
import org.springframework.web.multipart.MultipartFile;

/** The forms of the report workflow. */
final class ReportForms {

    private ReportForms() {}

    public static class Request {

        private String author = "OPCC";
        private DateInput dueDate = new DateInput();

        public String getAuthor() {
            return author;
        }

        public void setAuthor(String author) {
            this.author = author;
        }

        public DateInput getDueDate() {
            return dueDate;
        }

        public void setDueDate(DateInput dueDate) {
            this.dueDate = dueDate;
        }
    }

    /** The standard report template: header and numbered sections. */
    public static class Writing {

        private static final String LONG = "Each section must be 20,000 characters or fewer";

        @Size(max = 300, message = "'Report of' must be 300 characters or fewer")
        private String reportOf;

        @Size(max = 300, message = "The contact officer must be 300 characters or fewer")
        private String contactOfficer;

        @Size(max = 500, message = "The contact details must be 500 characters or fewer")
        private String contactDetails;

        @Size(max = 20000, message = LONG)
        @MultiLine
        private String purpose;

        @Size(max = 20000, message = LONG)
        @MultiLine
        private String recommendations;

        @Size(max = 20000, message = LONG)
        @MultiLine
        private String termsOfReference;

        @Size(max = 20000, message = LONG)
        @MultiLine
        private String background;

        @Size(max = 20000, message = LONG)
        @MultiLine
        private String keyIssues;

        @Size(max = 20000, message = LONG)
        @MultiLine
        private String implications;

        @Size(max = 20000, message = LONG)
        @MultiLine
        private String consultation;

        @Size(max = 20000, message = LONG)
        @MultiLine
        private String nextSteps;

        @Size(max = 20000, message = LONG)
        @MultiLine
        private String backgroundDocuments;

        @Size(max = 20000, message = LONG)
        @MultiLine
        private String appendices;

        private long version;

        static Writing of(Report report) {
            Writing form = new Writing();
            Report.Sections s = report.getSections();
            form.reportOf = report.getReportOf();
            form.contactOfficer = report.getContactOfficer();
            form.contactDetails = report.getContactDetails();
            form.purpose = s.purpose();
            form.recommendations = s.recommendations();
            form.termsOfReference = s.termsOfReference();
            form.background = s.background();
            form.keyIssues = s.keyIssues();
            form.implications = s.implications();
            form.consultation = s.consultation();
            form.nextSteps = s.nextSteps();
            form.backgroundDocuments = s.backgroundDocuments();
            form.appendices = s.appendices();
            form.version = report.getVersion();
            return form;
        }

        /** Fills the sections in from a draft the records give, keeping who the report is from. */
        void fillIn(ReportTemplates.Draft draft) {
            purpose = draft.purpose();
            recommendations = draft.recommendations();
            termsOfReference = draft.termsOfReference();
            background = draft.background();
            keyIssues = draft.keyIssues();
            implications = draft.implications();
            consultation = draft.consultation();
            nextSteps = draft.nextSteps();
            backgroundDocuments = draft.backgroundDocuments();
            appendices = draft.appendices();
        }

        /** The report as written, once Bean Validation has passed. */
        Report.Draft draft() {
            return new Report.Draft(
                    Forms.trimmed(reportOf), Forms.trimmed(contactOfficer), Forms.trimmed(contactDetails), sections());
        }

        Report.Sections sections() {
            return new Report.Sections(
                    purpose,
                    recommendations,
                    termsOfReference,
                    background,
                    keyIssues,
                    implications,
                    consultation,
                    nextSteps,
                    backgroundDocuments,
                    appendices);
        }

        public String getReportOf() {
            return reportOf;
        }

        public void setReportOf(String reportOf) {
            this.reportOf = reportOf;
        }

        public String getContactOfficer() {
            return contactOfficer;
        }

        public void setContactOfficer(String contactOfficer) {
            this.contactOfficer = contactOfficer;
        }

        public String getContactDetails() {
            return contactDetails;
        }

        public void setContactDetails(String contactDetails) {
            this.contactDetails = contactDetails;
        }

        public String getPurpose() {
            return purpose;
        }

        public void setPurpose(String purpose) {
            this.purpose = purpose;
        }

        public String getRecommendations() {
            return recommendations;
        }

        public void setRecommendations(String recommendations) {
            this.recommendations = recommendations;
        }

        public String getTermsOfReference() {
            return termsOfReference;
        }

        public void setTermsOfReference(String termsOfReference) {
            this.termsOfReference = termsOfReference;
        }

        public String getBackground() {
            return background;
        }

        public void setBackground(String background) {
            this.background = background;
        }

        public String getKeyIssues() {
            return keyIssues;
        }

        public void setKeyIssues(String keyIssues) {
            this.keyIssues = keyIssues;
        }

        public String getImplications() {
            return implications;
        }

        public void setImplications(String implications) {
            this.implications = implications;
        }

        public String getConsultation() {
            return consultation;
        }

        public void setConsultation(String consultation) {
            this.consultation = consultation;
        }

        public String getNextSteps() {
            return nextSteps;
        }

        public void setNextSteps(String nextSteps) {
            this.nextSteps = nextSteps;
        }

        public String getBackgroundDocuments() {
            return backgroundDocuments;
        }

        public void setBackgroundDocuments(String backgroundDocuments) {
            this.backgroundDocuments = backgroundDocuments;
        }

        public String getAppendices() {
            return appendices;
        }

        public void setAppendices(String appendices) {
            this.appendices = appendices;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    public static class Review {

        @Size(max = 2000, message = "The comments must be 2,000 characters or fewer")
        @MultiLine
        private String comments;

        private long version;

        public String getComments() {
            return comments;
        }

        public void setComments(String comments) {
            this.comments = comments;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    /** A file for a report: the report itself, an appendix, or an accessible version of another file. */
    public static class Upload {

        private String kind = "REPORT";
        private String title;
        private Long of;
        private MultipartFile file;

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public Long getOf() {
            return of;
        }

        public void setOf(Long of) {
            this.of = of;
        }

        public MultipartFile getFile() {
            return file;
        }

        public void setFile(MultipartFile file) {
            this.file = file;
        }
    }
}
