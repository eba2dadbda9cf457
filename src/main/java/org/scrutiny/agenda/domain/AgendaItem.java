package org.scrutiny.agenda.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.scrutiny.agenda.ExemptionParagraph;
import org.scrutiny.meetings.ItemPurpose;

/** One item of business on an agenda. Its number is its place among the items not withdrawn. */
@Entity
@Audited
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    private Agenda agenda;

    private int position;
    private String title;

    @Enumerated(EnumType.STRING)
    private ItemPurpose purpose;

    /** Words printed under the title, such as the public question deadline. */
    private String detail;

    private Integer exemptParagraph;

    /** For the minutes item: the meeting whose minutes are to be approved. */
    private Long linkedMeetingId;

    private String withdrawnReason;
    private boolean supplementary;
    private String urgencyReason;

    protected AgendaItem() {}

    AgendaItem(Agenda agenda, int position, String title, ItemPurpose purpose, String detail, Long linkedMeetingId) {
        this.agenda = agenda;
        this.position = position;
        this.title = title;
        this.purpose = purpose;
        this.detail = detail;
        this.linkedMeetingId = linkedMeetingId;
    }

    void moveTo(int position) {
        this.position = position;
    }

    void setDetail(String detail) {
        this.detail = detail;
    }

    void withdraw(String reason) {
        this.withdrawnReason = reason;
    }

    void exempt(ExemptionParagraph paragraph) {
        this.exemptParagraph = paragraph == null ? null : paragraph.number();
    }

    void addedLate(String urgencyReason) {
        this.supplementary = true;
        this.urgencyReason = urgencyReason;
    }

    public boolean isWithdrawn() {
        return withdrawnReason != null;
    }

    public boolean isExempt() {
        return exemptParagraph != null;
    }

    public ExemptionParagraph exemption() {
        return exemptParagraph == null ? null : ExemptionParagraph.number(exemptParagraph);
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

    public ItemPurpose getPurpose() {
        return purpose;
    }

    public String getDetail() {
        return detail;
    }

    public Long getLinkedMeetingId() {
        return linkedMeetingId;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }

    public boolean isSupplementary() {
        return supplementary;
    }

    public String getUrgencyReason() {
        return urgencyReason;
    }
}
