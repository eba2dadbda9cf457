package org.scrutiny.plan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.scrutiny.plan.domain.Deliverable;
import org.scrutiny.plan.domain.PlanDecision;
import org.scrutiny.plan.domain.PlanTheme;
import org.scrutiny.shared.web.DateInput;
import org.scrutiny.shared.web.Forms;
import org.scrutiny.shared.web.MultiLine;
import org.scrutiny.shared.web.Option;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/** What the plan's pages post; each form turns itself into what the service takes. */
final class PlanForms {

    static final int TITLE_LIMIT = 300;
    static final int NAME_LIMIT = 200;
    static final int TEXT_LIMIT = 20_000;
    static final int NOTE_LIMIT = 2_000;
    static final int URL_LIMIT = 500;
    static final BigDecimal MOST = new BigDecimal("10000000000");

    private PlanForms() {}

    static List<Option> themeOptions(List<PlanTheme> themes, String none) {
        List<Option> options = new ArrayList<>();
        if (none != null) {
            options.add(new Option("", none));
        }
        themes.forEach(theme -> options.add(Option.of(theme.getId(), theme.getName())));
        return options;
    }

    static List<Option> statusOptions(String none) {
        List<Option> options = new ArrayList<>();
        if (none != null) {
            options.add(new Option("", none));
        }
        for (Deliverable.Status status : Deliverable.Status.values()) {
            options.add(Option.of(status.name(), status.label()));
        }
        return options;
    }

    /** A deliverable as the office describes it. */
    public static class Describing {
        private String title;

        @MultiLine
        private String description;

        private String lead;
        private DateInput startOn = new DateInput();
        private DateInput dueOn = new DateInput();
        private long version;

        static Describing of(Deliverable deliverable) {
            Describing form = new Describing();
            form.title = deliverable.getTitle();
            form.description = deliverable.getDescription();
            form.lead = deliverable.getLead();
            form.startOn = DateInput.of(deliverable.getStartOn());
            form.dueOn = DateInput.of(deliverable.getDueOn());
            form.version = deliverable.getVersion();
            return form;
        }

        Deliverable.Details details(BindingResult result) {
            String title = Forms.required(
                    this.title, "title", "The title", TITLE_LIMIT, "Enter the deliverable's title", result);
            String description = Forms.limited(this.description, "description", "The description", TEXT_LIMIT, result);
            String lead = Forms.limited(this.lead, "lead", "The lead", NAME_LIMIT, result);
            LocalDate start = startOn.toDate(result, "startOn", "the start", false);
            LocalDate due = dueOn.toDate(result, "dueOn", "the due date", true);
            if (start != null && due != null && due.isBefore(start)) {
                result.rejectValue("dueOn", "order", "The due date must be on or after the start");
            }
            return new Deliverable.Details(title, description, lead, start, due);
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getLead() {
            return lead;
        }

        public void setLead(String lead) {
            this.lead = lead;
        }

        public DateInput getStartOn() {
            return startOn;
        }

        public void setStartOn(DateInput startOn) {
            this.startOn = startOn;
        }

        public DateInput getDueOn() {
            return dueOn;
        }

        public void setDueOn(DateInput dueOn) {
            this.dueOn = dueOn;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    /** A change of a deliverable's status, with its note. */
    public static class StatusChange {
        private String status = "";

        @MultiLine
        private String note;

        private long version;

        Deliverable.Status status(BindingResult result) {
            return Forms.choice(Deliverable.Status.class, status, result, "status", "Choose the new status");
        }

        String note(BindingResult result) {
            return Forms.required(
                    note,
                    "note",
                    "The note",
                    NOTE_LIMIT,
                    "Say what has changed, for the deliverable's history",
                    result);
        }

        public String getStatus() {
            return status;
        }

        public void setStatus(String status) {
            this.status = status;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    /** A decision of the Commissioner, taken or expected. */
    public static class Deciding {
        private String reference;
        private String title;

        @MultiLine
        private String summary;

        private String decisionMaker = "Police and Crime Commissioner";
        private String themeId = "";
        private String deliverableId = "";
        private String recommendationId = "";
        private boolean keyDecision;
        private String value;
        private DateInput expectedOn = new DateInput();
        private DateInput decidedOn = new DateInput();
        private String noticeUrl;

        @MultiLine
        private String exemptReason;

        private long version;

        static Deciding of(PlanDecision decision) {
            Deciding form = new Deciding();
            form.reference = decision.getReference();
            form.title = decision.getTitle();
            form.summary = decision.getSummary();
            form.decisionMaker = decision.getDecisionMaker();
            form.themeId =
                    decision.getThemeId() == null ? "" : decision.getThemeId().toString();
            form.deliverableId = decision.getDeliverableId() == null
                    ? ""
                    : decision.getDeliverableId().toString();
            form.recommendationId = decision.getRecommendationId() == null
                    ? ""
                    : decision.getRecommendationId().toString();
            form.keyDecision = decision.isKeyDecision();
            form.value = decision.getValuePence() == null
                    ? null
                    : BigDecimal.valueOf(decision.getValuePence(), 2).toPlainString();
            form.expectedOn = DateInput.of(decision.getExpectedOn());
            form.decidedOn = DateInput.of(decision.getDecidedOn());
            form.noticeUrl = decision.getNoticeUrl();
            form.exemptReason = decision.getExemptReason();
            form.version = decision.getVersion();
            return form;
        }

        PlanDecision.Details details(BindingResult result) {
            String reference = Forms.required(
                    this.reference, "reference", "The reference", 50, "Enter the decision's reference", result);
            String title =
                    Forms.required(this.title, "title", "The title", TITLE_LIMIT, "Enter the decision's title", result);
            String summary = Forms.required(
                    this.summary, "summary", "The summary", TEXT_LIMIT, "Summarise the decision", result);
            String maker = Forms.required(
                    decisionMaker,
                    "decisionMaker",
                    "The decision maker",
                    NAME_LIMIT,
                    "Enter who takes the decision",
                    result);
            Long theme = id(themeId, "themeId", "Choose one of the plan's themes", result);
            Long deliverable = id(deliverableId, "deliverableId", "Choose one of the plan's deliverables", result);
            Long recommendation =
                    id(recommendationId, "recommendationId", "Choose one of the panel's recommendations", result);
            Long pence = null;
            if (Forms.trimmed(value) != null) {
                BigDecimal pounds = Forms.pounds(value, result, "value", false);
                if (pounds != null && pounds.signum() < 0) {
                    result.rejectValue("value", "negative", "The value cannot be negative");
                } else if (pounds != null && pounds.compareTo(MOST) > 0) {
                    result.rejectValue("value", "range", "The value must be £10,000,000,000 or less");
                } else if (pounds != null) {
                    pence = pounds.movePointRight(2).longValueExact();
                }
            }
            LocalDate expected = expectedOn.toDate(result, "expectedOn", "the day it is expected", false);
            LocalDate decided = decidedOn.toDate(result, "decidedOn", "the day it was taken", false);
            if (expected == null
                    && decided == null
                    && !result.hasFieldErrors("expectedOn")
                    && !result.hasFieldErrors("decidedOn")) {
                result.rejectValue("decidedOn", "required", "Give the day it was taken, or the day it is expected");
            }
            String url = Forms.limited(noticeUrl, "noticeUrl", "The address of the notice", URL_LIMIT, result);
            if (url != null && !url.matches("https?://\\S+")) {
                result.rejectValue("noticeUrl", "format", "Enter the notice's address, starting with https://");
            }
            String exempt = Forms.limited(exemptReason, "exemptReason", "The reason", NOTE_LIMIT, result);
            return new PlanDecision.Details(
                    reference,
                    title,
                    summary,
                    maker,
                    theme,
                    deliverable,
                    keyDecision,
                    pence,
                    expected,
                    decided,
                    url,
                    exempt,
                    recommendation);
        }

        private static Long id(String value, String field, String message, BindingResult result) {
            if (Forms.trimmed(value) == null) {
                return null;
            }
            Long id = Forms.id(value);
            if (id == null) {
                result.rejectValue(field, "choice", message);
            }
            return id;
        }

        public String getReference() {
            return reference;
        }

        public void setReference(String reference) {
            this.reference = reference;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }

        public String getDecisionMaker() {
            return decisionMaker;
        }

        public void setDecisionMaker(String decisionMaker) {
            this.decisionMaker = decisionMaker;
        }

        public String getThemeId() {
            return themeId;
        }

        public void setThemeId(String themeId) {
            this.themeId = themeId;
        }

        public String getDeliverableId() {
            return deliverableId;
        }

        public void setDeliverableId(String deliverableId) {
            this.deliverableId = deliverableId;
        }

        public String getRecommendationId() {
            return recommendationId;
        }

        public void setRecommendationId(String recommendationId) {
            this.recommendationId = recommendationId;
        }

        public boolean isKeyDecision() {
            return keyDecision;
        }

        public void setKeyDecision(boolean keyDecision) {
            this.keyDecision = keyDecision;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public DateInput getExpectedOn() {
            return expectedOn;
        }

        public void setExpectedOn(DateInput expectedOn) {
            this.expectedOn = expectedOn;
        }

        public DateInput getDecidedOn() {
            return decidedOn;
        }

        public void setDecidedOn(DateInput decidedOn) {
            this.decidedOn = decidedOn;
        }

        public String getNoticeUrl() {
            return noticeUrl;
        }

        public void setNoticeUrl(String noticeUrl) {
            this.noticeUrl = noticeUrl;
        }

        public String getExemptReason() {
            return exemptReason;
        }

        public void setExemptReason(String exemptReason) {
            this.exemptReason = exemptReason;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    /** A theme's name and what it will do. */
    public static class Theming {
        private String name;

        @MultiLine
        private String whatWeWillDo;

        private long version;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getWhatWeWillDo() {
            return whatWeWillDo;
        }

        public void setWhatWeWillDo(String whatWeWillDo) {
            this.whatWeWillDo = whatWeWillDo;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    /** A report of the panel on the plan, as the secretariat records it. */
    public static class PanelReporting {
        private String kind = "";
        private String meetingId = "";

        @MultiLine
        private String text;

        private DateInput sentOn = new DateInput();

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getMeetingId() {
            return meetingId;
        }

        public void setMeetingId(String meetingId) {
            this.meetingId = meetingId;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public DateInput getSentOn() {
            return sentOn;
        }

        public void setSentOn(DateInput sentOn) {
            this.sentOn = sentOn;
        }
    }

    /** A link from a deliverable to a recommendation or a report, or its removal. */
    public static class Linking {
        private String targetId = "";
        private long version;

        public String getTargetId() {
            return targetId;
        }

        public void setTargetId(String targetId) {
            this.targetId = targetId;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    /** The published notice of a decision, as a file. */
    public static class NoticeUpload {
        private MultipartFile file;

        public MultipartFile getFile() {
            return file;
        }

        public void setFile(MultipartFile file) {
            this.file = file;
        }
    }

    /** The meeting a decision is put before. */
    public static class Programming {
        private String meetingId = "";

        public String getMeetingId() {
            return meetingId;
        }

        public void setMeetingId(String meetingId) {
            this.meetingId = meetingId;
        }
    }
}
