package org.scrutiny.costs.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.papers.ItemPapers;
import org.scrutiny.publishing.AccessiblePdf;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * "Administration Costs and Member Expenses" under the AGM's item for it: the financial year that
 * ended before the meeting's began (the AGM of July 2023 receives 2022/23), when that year is open.
 */
@Component
class CostsPaper implements ItemPapers {

    private final CostService costs;
    private final MeetingSchedule meetings;
    private final AccessiblePdf pdf;
    private final TransactionOperations transactions;

    CostsPaper(CostService costs, MeetingSchedule meetings, AccessiblePdf pdf, TransactionOperations transactions) {
        this.costs = costs;
        this.meetings = meetings;
        this.pdf = pdf;
        this.transactions = transactions;
    }

    @Override
    public Optional<Paper> paperFor(long meetingId, ItemPurpose purpose) {
        return yearFor(meetingId, purpose)
                .map(year -> new Paper(
                        "Administration costs and member expenses " + CostYear.label(year), "/costs/" + year));
    }

    @Override
    public Optional<Document> documentFor(long meetingId, ItemPurpose purpose, Instant publishedAt) {
        return yearFor(meetingId, purpose)
                .map(year -> new Document(
                        "Administration costs and member expenses " + CostYear.label(year),
                        () -> pdf.render(
                                "costs/pdf/report",
                                Map.of("report", transactions.execute(status -> costs.report(year))))));
    }

    private Optional<Integer> yearFor(long meetingId, ItemPurpose purpose) {
        if (purpose != ItemPurpose.ADMINISTRATION_COSTS) {
            return Optional.empty();
        }
        return meetings.meeting(meetingId)
                .map(meeting -> CostService.financialYearOf(meeting.date()) - 1)
                .filter(year -> costs.find(year).isPresent());
    }
}
