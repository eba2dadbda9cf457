package org.scrutiny.minutes.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A dated note of progress on an action. */
@Entity
@Audited
public class ActionUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id")
    private MeetingAction action;

    private LocalDate writtenOn;
    private String text;

    protected ActionUpdate() {}

    ActionUpdate(MeetingAction action, LocalDate writtenOn, String text) {
        this.action = action;
        this.writtenOn = writtenOn;
        this.text = text;
    }

    public LocalDate getWrittenOn() {
        return writtenOn;
    }

    public String getText() {
        return text;
    }
}
