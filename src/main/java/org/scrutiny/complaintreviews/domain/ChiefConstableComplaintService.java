package org.scrutiny.complaintreviews.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.London;
import org.scrutiny.shared.RecordNotFoundException;
import org.scrutiny.shared.StaleRecordException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Complaints about the Chief Constable, for which the Commissioner is the appropriate authority. */
@Service
@Transactional
public class ChiefConstableComplaintService {

    private final ChiefConstableComplaints complaints;
    private final Clock clock;
    private final Period retention;

    ChiefConstableComplaintService(
            ChiefConstableComplaints complaints,
            Clock clock,
            @Value("${scrutiny.complaint-reviews.retention:P6Y}") Period retention) {
        this.complaints = complaints;
        this.clock = clock;
        this.retention = retention;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(London.ZONE));
    }

    public ChiefConstableComplaint receive(LocalDate receivedOn, String complainantName, String summary) {
        if (receivedOn.isAfter(today())) {
            throw new BusinessRuleViolation("receivedOn", "The date it was received cannot be in the future");
        }
        return complaints.saveAndFlush(new ChiefConstableComplaint(receivedOn, complainantName, summary));
    }

    public ChiefConstableComplaint handle(long id, long version, ChiefConstableComplaint.Handling handling) {
        ChiefConstableComplaint complaint = complaint(id);
        StaleRecordException.check(version, complaint.getVersion());
        if (handling.outcomeOn() != null && handling.outcomeOn().isAfter(today())) {
            throw new BusinessRuleViolation("outcomeOn", "The day of the outcome cannot be in the future");
        }
        complaint.handle(handling);
        return complaints.saveAndFlush(complaint);
    }

    @Transactional(readOnly = true)
    public ChiefConstableComplaint complaint(long id) {
        return complaints.findById(id).orElseThrow(() -> new RecordNotFoundException("Complaint", id));
    }

    @Transactional(readOnly = true)
    public List<ChiefConstableComplaint> all() {
        return complaints.findAllByOrderByReceivedOnDescIdDesc();
    }

    public int erasePersonalData() {
        List<ChiefConstableComplaint> due = complaints.endedBefore(today().minus(retention));
        due.forEach(complaint -> complaint.erasePersonalData(clock.instant()));
        return due.size();
    }
}
