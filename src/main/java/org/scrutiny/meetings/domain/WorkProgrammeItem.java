package org.scrutiny.meetings.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.meetings.PlannedItem;

/** An item planned for a meeting in the work programme: a standing item or a planned report. */
@Entity
@Audited
public class WorkProgrammeItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    private Meeting meeting;

    private int position;
    private String title;
    private String note;
    private boolean standing;

    @Enumerated(EnumType.STRING)
    private ItemPurpose purpose = ItemPurpose.OTHER;

    protected WorkProgrammeItem() {}

    WorkProgrammeItem(Meeting meeting, int position, String title, String note, boolean standing, ItemPurpose purpose) {
        this.meeting = meeting;
        this.position = position;
        this.title = title;
        this.note = note;
        this.standing = standing;
        this.purpose = purpose;
    }

    public ItemPurpose getPurpose() {
        return purpose;
    }

    public PlannedItem planned() {
        return new PlannedItem(title, note, purpose);
    }

    void moveTo(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getNote() {
        return note;
    }

    public boolean isStanding() {
        return standing;
    }
}
