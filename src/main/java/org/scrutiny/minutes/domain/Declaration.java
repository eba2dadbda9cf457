package org.scrutiny.minutes.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

/** An interest a member declared in an item. */
@Entity
@Audited
public class Declaration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "minutes_id")
    private MeetingMinutes minutes;

    private long minuteId;
    private String memberName;

    @Enumerated(EnumType.STRING)
    private DeclarationKind kind;

    private String details;

    protected Declaration() {}

    Declaration(MeetingMinutes minutes, long minuteId, String memberName, DeclarationKind kind, String details) {
        this.minutes = minutes;
        this.minuteId = minuteId;
        this.memberName = memberName;
        this.kind = kind;
        this.details = details;
    }

    public Long getId() {
        return id;
    }

    public long getMinuteId() {
        return minuteId;
    }

    public String getMemberName() {
        return memberName;
    }

    public DeclarationKind getKind() {
        return kind;
    }

    public String getDetails() {
        return details;
    }
}
