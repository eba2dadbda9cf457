package org.scrutiny.costs.web;

import org.scrutiny.shared.web.DateInput;

/** A cost as the secretariat types it: kept as text so that whatever was typed comes back with its message. */
public class CostForm {

    private String category = "";
    private DateInput spentOn = new DateInput();
    private String amount;
    private String note;
    private String personId = "";

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public DateInput getSpentOn() {
        return spentOn;
    }

    public void setSpentOn(DateInput spentOn) {
        this.spentOn = spentOn;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }
}
