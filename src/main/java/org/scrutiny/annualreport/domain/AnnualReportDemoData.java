package org.scrutiny.annualreport.domain;

import org.scrutiny.shared.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The Chair's foreword and a short narrative for the demo's annual report on 2022/23, invented for
 * the demonstration and saying so; every figure of the report is counted from the demo's records.
 */
@Component
@Profile("demo & !prod")
class AnnualReportDemoData extends DemoData {

    private static final Logger log = LoggerFactory.getLogger(AnnualReportDemoData.class);

    private final AnnualReportService reports;

    AnnualReportDemoData(AnnualReportService reports) {
        this.reports = reports;
    }

    @Override
    protected void load() {
        if (reports.text(2022).getId() != null) {
            return;
        }
        reports.write(
                2022,
                0,
                """
                (Invented for the demonstration.) This report sets out what the panel did in its \
                municipal year 2022/23 to scrutinise and support the Police and Crime Commissioner.
                The figures in it are counted from the panel's own records: its meetings and \
                their minutes, the recommendations it sent and the answers it received, the \
                public's questions and the complaints it handled.
                """,
                """
                (Invented for the demonstration.) The panel reviewed the Commissioner's proposed \
                precept for 2023/24 and followed the delivery of the Police and Crime Plan through \
                the Commissioner's forward plan at each meeting.
                """);
        log.info("Demo data: the foreword and narrative of the panel's annual report 2022/23");
    }
}
