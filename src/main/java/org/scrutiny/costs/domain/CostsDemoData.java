package org.scrutiny.costs.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.scrutiny.membership.PanelMember;
import org.scrutiny.shared.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The financial year 2022/23 with the grant the settings give and costs whose figures are invented
 * for the demonstration (each note says so): officer time each quarter, meeting expenses, training,
 * and allowances and travel for three members.
 */
@Component
@Profile("demo & !prod")
class CostsDemoData extends DemoData {

    private static final Logger log = LoggerFactory.getLogger(CostsDemoData.class);
    private static final String INVENTED = " (figure invented for the demonstration)";

    private final CostService costs;

    CostsDemoData(CostService costs) {
        this.costs = costs;
    }

    @Override
    protected void load() {
        if (costs.find(2022).isPresent()) {
            return;
        }
        CostYear year = costs.open(2022);
        for (int quarter = 0; quarter < 4; quarter++) {
            charge(
                    CostCategory.OFFICER_TIME,
                    LocalDate.of(2022, 6, 30).plusMonths(3L * quarter),
                    "9250.00",
                    "Secretariat time, quarter " + (quarter + 1),
                    null);
        }
        charge(CostCategory.MEETING_EXPENSES, LocalDate.of(2022, 7, 20), "412.50", "Room hire, AGM", null);
        charge(
                CostCategory.MEETING_EXPENSES,
                LocalDate.of(2023, 2, 1),
                "286.40",
                "Room hire and webcasting, precept meeting",
                null);
        charge(CostCategory.TRAINING, LocalDate.of(2022, 11, 3), "1150.00", "Induction training for new members", null);
        charge(CostCategory.OTHER, LocalDate.of(2023, 3, 10), "95.99", "Printing of agenda packs", null);
        List<PanelMember> members = costs.membersIn(year);
        for (PanelMember member : members.stream().limit(3).toList()) {
            charge(
                    CostCategory.MEMBER_ALLOWANCES,
                    LocalDate.of(2023, 3, 31),
                    "920.00",
                    "Allowance for the year",
                    member.personId());
            charge(
                    CostCategory.MEMBER_EXPENSES,
                    LocalDate.of(2022, 9, 14),
                    "23.85",
                    "Mileage to the meeting of 14 September 2022",
                    member.personId());
        }
        members.stream()
                .filter(member -> member.formalName().equals("Councillor A Sharp"))
                .findFirst()
                .ifPresent(sharp -> charge(
                        CostCategory.MEMBER_EXPENSES,
                        LocalDate.of(2023, 2, 1),
                        "31.20",
                        "Mileage and parking, precept meeting",
                        sharp.personId()));
        log.info("Demo data: the grant and costs of 2022/23 (invented figures)");
    }

    private void charge(CostCategory category, LocalDate on, String amount, String note, Long personId) {
        costs.charge(2022, new CostEntry.Charge(category, on, new BigDecimal(amount), note + INVENTED, personId, null));
    }
}
