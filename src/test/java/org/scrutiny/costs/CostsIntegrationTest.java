package org.scrutiny.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scrutiny.costs.domain.CostCategory;
import org.scrutiny.costs.domain.CostReport;
import org.scrutiny.costs.domain.CostService;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.meetings.MeetingSchedule;
import org.scrutiny.meetings.MeetingSummary;
import org.scrutiny.papers.ItemPapers;
import org.scrutiny.support.HtmlChecker;
import org.scrutiny.support.PdfChecker;
import org.scrutiny.support.ScrutinyTest;
import org.scrutiny.support.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The grant and costs of 2022/23 from the demo records, against sums done by hand; what a person
 * may type into the cost form; the report on the AGM's agenda; a member's own claims.
 */
@ScrutinyTest
class CostsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CostService costs;

    @Autowired
    MeetingSchedule meetings;

    @Autowired
    List<ItemPapers> papers;

    /**
     * By hand, from the demo's invented figures: officer time 4 x 9,250.00 = 37,000.00; meeting
     * expenses 412.50 + 286.40 = 698.90; training 1,150.00; other 95.99; three allowances of 920.00 =
     * 2,760.00; expenses 3 x 23.85 + 31.20 = 102.75. Spent 41,807.64. Allocation 53,300.00 + 13 x
     * 920.00 = 65,260.00, so 23,452.36 may still be claimed and nothing is over.
     */
    @Test
    void the_year_adds_up_to_the_penny() {
        CostReport report = costs.report(2022);
        Map<CostCategory, BigDecimal> byCategory = report.categories().stream()
                .collect(Collectors.toMap(CostReport.CategoryTotal::category, CostReport.CategoryTotal::amount));
        assertThat(byCategory)
                .containsEntry(CostCategory.OFFICER_TIME, new BigDecimal("37000.00"))
                .containsEntry(CostCategory.MEETING_EXPENSES, new BigDecimal("698.90"))
                .containsEntry(CostCategory.TRAINING, new BigDecimal("1150.00"))
                .containsEntry(CostCategory.OTHER, new BigDecimal("95.99"))
                .containsEntry(CostCategory.MEMBER_ALLOWANCES, new BigDecimal("2760.00"))
                .containsEntry(CostCategory.MEMBER_EXPENSES, new BigDecimal("102.75"));
        assertThat(report.spent()).isEqualByComparingTo("41807.64");
        assertThat(report.allocation()).isEqualByComparingTo("65260.00");
        assertThat(report.claimable()).isEqualByComparingTo("23452.36");
        assertThat(report.overAllocation()).isEqualByComparingTo("0");
        // A claim for part of the year: up to 30 September 2022, two quarters of officer time,
        // the AGM's room, three mileage claims of 14 September: 18,500.00 + 412.50 + 71.55.
        assertThat(costs.claim(2022, LocalDate.of(2022, 4, 1), LocalDate.of(2022, 9, 30))
                        .spent())
                .isEqualByComparingTo("18984.05");
    }

    @Test
    void the_report_and_the_members_totals_are_published_and_the_csv_parses() throws Exception {
        byte[] pdf =
                mvc.perform(get("/costs/2022.pdf")).andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfChecker.pdfUaFailures(pdf)).isEmpty();
        assertThat(PdfChecker.text(pdf).replaceAll("\\s+", " "))
                .contains("ADMINISTRATION COSTS AND MEMBER EXPENSES 2022/23")
                .contains("Spent £41,807.64")
                .contains("May still be claimed £23,452.36");

        String csv = mvc.perform(get("/costs/2022/members.csv"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String[]> rows = csv.lines().map(line -> line.split(",", -1)).toList();
        assertThat(rows.get(0)).containsExactly("member", "allowances", "expenses", "total");
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(4));
        assertThat(rows.stream().skip(1).map(row -> new BigDecimal(row[3])).reduce(BigDecimal.ZERO, BigDecimal::add))
                .as("the members' totals add up to their allowances and expenses")
                .isEqualByComparingTo("2862.75");
        assertThat(csv).contains("Councillor A Sharp,0.00,31.20,31.20");
    }

    @Test
    void bad_amounts_and_dates_get_a_clear_message_and_keep_what_was_typed() throws Exception {
        assertThat(charge("-5.00", "1", "6", "2022")).contains("The amount must be more than £0.00");
        assertThat(charge("1e12", "1", "6", "2022")).contains("The amount must be £1,000,000.00 or less");
        assertThat(charge("12.345", "1", "6", "2022")).contains("Enter the amount in pounds and pence, like 9.99");
        assertThat(charge("12.34", "1", "6", "2024"))
                .contains("The date must be in the financial year 2022/23: from 1 April 2022 to 31 March 2023");
        assertThat(charge("twelve", "1", "6", "2022"))
                .contains("Enter the amount in pounds, like 9.99")
                .contains("value=\"twelve\"")
                .contains("value=\"Room hire, test\"");
        assertThat(costs.report(2022).spent()).as("nothing was charged").isEqualByComparingTo("41807.64");
    }

    @Test
    void the_secretariat_asks_for_the_claim_for_part_of_the_year() throws Exception {
        String half = mvc.perform(get("/manage/costs/2022/claim?from.day=1&from.month=4&from.year=2022"
                                + "&to.day=30&to.month=9&to.year=2022")
                        .with(Users.SECRETARIAT))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(half).contains("£18,984.05").contains("£46,275.95");
        String outside = mvc.perform(get("/manage/costs/2022/claim?from.day=1&from.month=4&from.year=2030"
                                + "&to.day=30&to.month=9&to.year=2022")
                        .with(Users.SECRETARIAT))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(outside).contains("The period must run forwards within the financial year 2022/23");
        assertThat(HtmlChecker.errorsIn(outside)).isEmpty();
        assertThat(HtmlChecker.errorsIn(charge("twelve", "1", "6", "2022"))).isEmpty();
    }

    @Test
    void a_member_sees_their_own_claims() throws Exception {
        String page = mvc.perform(get("/members/expenses").with(Users.MEMBER))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Mileage and parking, precept meeting").contains("£31.20");
        assertThat(page).doesNotContain("Room hire");
    }

    @Test
    void the_agm_of_july_2023_carries_the_costs_of_2022_23() {
        MeetingSummary agm = meetings.meetingsBetween(LocalDate.of(2023, 7, 19), LocalDate.of(2023, 7, 19))
                .get(0);
        assertThat(papers.stream()
                        .flatMap(source -> source.paperFor(agm.id(), ItemPurpose.ADMINISTRATION_COSTS).stream())
                        .findFirst())
                .hasValueSatisfying(paper -> assertThat(paper.href()).isEqualTo("/costs/2022"));
        assertThat(papers.stream()
                        .flatMap(source ->
                                source.documentFor(agm.id(), ItemPurpose.ADMINISTRATION_COSTS, Instant.now()).stream())
                        .findFirst()
                        .map(document -> PdfChecker.text(document.pdf().get())))
                .hasValueSatisfying(text -> assertThat(text).contains("2022/23"));
    }

    private String charge(String amount, String day, String month, String year) throws Exception {
        MockHttpServletRequestBuilder request = post("/manage/costs/2022/entries")
                .with(Users.SECRETARIAT)
                .with(csrf())
                .param("category", "MEETING_EXPENSES")
                .param("spentOn.day", day)
                .param("spentOn.month", month)
                .param("spentOn.year", year)
                .param("amount", amount)
                .param("note", "Room hire, test")
                .param("personId", "");
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }
}
