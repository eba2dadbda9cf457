package org.scrutiny.plan.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A recommendation of the panel or a published report a deliverable is linked to. */
@Embeddable
public class DeliverableLink {

    public enum Kind {
        RECOMMENDATION,
        REPORT
    }

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private long targetId;
    private Long meetingId;
    private String title;

    protected DeliverableLink() {}

    DeliverableLink(Kind kind, long targetId, Long meetingId, String title) {
        this.kind = kind;
        this.targetId = targetId;
        this.meetingId = meetingId;
        this.title = title;
    }

    boolean isTo(Kind other, long id) {
        return kind == other && targetId == id;
    }

    /** Where the public reads it. */
    public String href() {
        return kind == Kind.RECOMMENDATION
                ? "/recommendations/" + targetId
                : "/meetings/" + meetingId + "/reports/" + targetId;
    }

    public String description() {
        return (kind == Kind.RECOMMENDATION ? "The panel's recommendation: " : "Report: ") + title;
    }

    public Kind getKind() {
        return kind;
    }

    public long getTargetId() {
        return targetId;
    }

    public String getTitle() {
        return title;
    }
}
