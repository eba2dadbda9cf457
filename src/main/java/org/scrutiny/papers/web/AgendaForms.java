package org.scrutiny.papers.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.scrutiny.shared.web.MultiLine;

/** The small forms of the agenda builder. */
final class AgendaForms {

    private AgendaForms() {}

    public static class NewItem {

        @NotBlank(message = "Enter the title of the item")
        @Size(max = 300, message = "The title must be 300 characters or fewer")
        private String title;

        private String exemptParagraph = "";

        @Size(max = 1000, message = "The reason must be 1000 characters or fewer")
        @MultiLine
        private String urgencyReason;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getExemptParagraph() {
            return exemptParagraph;
        }

        public void setExemptParagraph(String exemptParagraph) {
            this.exemptParagraph = exemptParagraph;
        }

        public String getUrgencyReason() {
            return urgencyReason;
        }

        public void setUrgencyReason(String urgencyReason) {
            this.urgencyReason = urgencyReason;
        }
    }

    public static class Withdrawal {

        @NotBlank(message = "Enter the reason the item is withdrawn")
        @Size(max = 1000, message = "The reason must be 1000 characters or fewer")
        @MultiLine
        private String reason;

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    public static class Exemption {

        private String exemptParagraph = "";

        public String getExemptParagraph() {
            return exemptParagraph;
        }

        public void setExemptParagraph(String exemptParagraph) {
            this.exemptParagraph = exemptParagraph;
        }
    }

    public static class Publication {

        @Size(max = 1000, message = "The reason must be 1000 characters or fewer")
        @MultiLine
        private String lateReason;

        private long version;

        public String getLateReason() {
            return lateReason;
        }

        public void setLateReason(String lateReason) {
            this.lateReason = lateReason;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    public static class Republication {

        @MultiLine
        private String changeNote;

        private long version;

        public String getChangeNote() {
            return changeNote;
        }

        public void setChangeNote(String changeNote) {
            this.changeNote = changeNote;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }
}
