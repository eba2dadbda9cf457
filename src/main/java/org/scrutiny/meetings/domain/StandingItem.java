package org.scrutiny.meetings.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.scrutiny.meetings.ItemPurpose;

/** An item the panel takes at every ordinary meeting, such as "Review of Complaints". */
@Entity
@Audited
public class StandingItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;
    private int position;
    private boolean active = true;

    @Enumerated(EnumType.STRING)
    private ItemPurpose purpose = ItemPurpose.OTHER;

    @Version
    private long version;

    protected StandingItem() {}

    public StandingItem(String title, int position, ItemPurpose purpose) {
        this.title = title;
        this.position = position;
        this.purpose = purpose;
    }

    /** A standing item as the secretariat changes it: its title, place on the agenda, use and purpose. */
    public record Change(String title, int position, boolean active, ItemPurpose purpose) {}

    public void change(Change change) {
        change(change.title(), change.position(), change.active(), change.purpose());
    }

    void change(String title, int position, boolean active, ItemPurpose purpose) {
        this.title = title;
        this.position = position;
        this.active = active;
        this.purpose = purpose;
    }

    public ItemPurpose getPurpose() {
        return purpose;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
