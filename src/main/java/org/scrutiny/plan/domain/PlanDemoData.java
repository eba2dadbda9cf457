package org.scrutiny.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.scrutiny.papers.PublishedReports;
import org.scrutiny.shared.DemoData;
import org.scrutiny.shared.London;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The Police and Crime Plan 2021-24 with its five themes (their statements in new words) and the
 * deliverables the seed's forward plan of 23 March 2022 lists, by their titles; their dates,
 * leads, statuses and notes are invented and say so. A few invented deliverables fall outside that
 * forward plan (one delivered, three due in 2023), and a dozen invented decisions are spread over
 * the themes, two of them key decisions still expected.
 */
@Component
@Profile("demo & !prod")
class PlanDemoData extends DemoData {

    private static final Logger log = LoggerFactory.getLogger(PlanDemoData.class);
    private static final String OFFICE = "OPCC (invented for the demonstration)";
    private static final LocalDate Q1 = LocalDate.of(2022, 6, 30);
    private static final LocalDate Q2 = LocalDate.of(2022, 9, 30);
    private static final LocalDate YEAR_END = LocalDate.of(2022, 3, 31);

    private record Theme(String name, String whatWeWillDo, List<String> deliverables) {}

    private static final List<Theme> THEMES = List.of(
            new Theme(
                    "Putting Communities First",
                    "Make sure the police and partners listen to local people and act on their concerns with them,"
                            + " from first contact to rural and business crime, anti-social behaviour, hate crime and speeding.",
                    List.of(
                            "Bolstered resources for Community Safety Partnerships (CSPs) through funding Problem Solving Co-ordinators and a new Communities Fund",
                            "Business Crime Survey",
                            "Briefing Pack regarding workings of CSPs for the benefit of councillors for the swift referral and resolution of community concerns",
                            "Scope out Visibility/Accessibility Assessment Framework",
                            "Develop an Engagement Strategy",
                            "Link with national cycle crime strategy",
                            "Enhance links between probation and community safety partners to make Community Payback more visible and beneficial for the public",
                            "Refresh the Countywide Community Safety Agreement and Board")),
            new Theme(
                    "Crime Prevention",
                    "Work with partners on the root causes of crime and serious violence: intervene early, help people who"
                            + " have offended to stop, and leave fewer chances to commit crime.",
                    List.of(
                            "Refreshed Drugs Partnership Strategy",
                            "Fraud and Cyber Crime Awareness Campaigns",
                            "Review of Integrated Mental Health Team in Demand Hub",
                            "Refreshed Rehabilitation & Resettlement Partnership Strategy",
                            "Youth Fund Awards",
                            "Enhanced early intervention support for female offenders")),
            new Theme(
                    "Supporting Victims and Witnesses",
                    "Protect vulnerable people, put victims and witnesses at the centre of criminal justice and commission"
                            + " the services that support them, recognising that each victim's experience is their own.",
                    List.of(
                            "Refresh of Domestic Abuse/Sexual Violence Partnership Strategy setting out core and enhanced offer",
                            "Recruitment of a Victims Policy Officer",
                            "Review of provision for victims of crime requiring mental health support",
                            "Re-commissioning of specialist support services for young victims of crime",
                            "Remodelling for provision of elements of domestic abuse support services in partnership with Local Authority",
                            "Review of Victim and Witness Hub",
                            "Support delivery and monitoring of innovative domestic abuse perpetrator programmes",
                            "Facilitating joined up working with criminal justice colleagues")),
            new Theme(
                    "Ethical Policing",
                    "See that the police act with integrity and social responsibility, in an inclusive culture that takes"
                            + " equality seriously, in how they treat the public and in how they care for the environment.",
                    List.of(
                            "Development of an Independent Ethics Board",
                            "Review Independent Custody Visitor scheme",
                            "Produce an Integrity Assurance Annual Report 2021/22",
                            "Review Scrutiny Panels One Year In. (Stop & Search and Use of Force)",
                            "Develop an Environmental Sustainability Strategy (having due regard for Estates Strategy and Accommodation Strategy)",
                            "Develop an Environmental Sustainability Policy",
                            "Develop plans for the ethical use of biometrics in law enforcement (as APCC national lead)")),
            new Theme(
                    "Robust Enforcement",
                    "See that the police, courts, prosecutors, probation and councils use criminal justice and other"
                            + " enforcement effectively to keep Cambridgeshire and Peterborough safe.",
                    List.of(
                            "Ensure Constabulary progress in cutting crime and delivery against the National Crime & Policing Measures",
                            "Police enforcement activity to tackle serious and organised crime, drugs and exploitation, including county lines.",
                            "Monitoring the effectiveness and efficiency of the criminal justice system.",
                            "Ensure the local delivery of the National Integrated Offender Management Strategy",
                            "Support the local delivery of Multi Agency Public Protection Arrangements")));

    private final PolicePlans plans;
    private final PlanThemes themes;
    private final Deliverables deliverables;
    private final PlanDecisions decisions;
    private final PublishedReports publishedReports;

    PlanDemoData(
            PolicePlans plans,
            PlanThemes themes,
            Deliverables deliverables,
            PlanDecisions decisions,
            PublishedReports publishedReports) {
        this.publishedReports = publishedReports;
        this.plans = plans;
        this.themes = themes;
        this.deliverables = deliverables;
        this.decisions = decisions;
    }

    @Override
    protected void load() {
        if (plans.count() > 0) {
            return;
        }
        PolicePlan plan = plans.save(new PolicePlan(
                "Police and Crime Plan 2021-24",
                2021,
                2024,
                LocalDate.of(2021, 11, 29),
                "http://www.cambridgeshire-pcc.gov.uk/police-crime-plan/"));
        int count = 0;
        List<PlanTheme> saved = new ArrayList<>();
        for (int t = 0; t < THEMES.size(); t++) {
            Theme theme = THEMES.get(t);
            PlanTheme planTheme = themes.save(new PlanTheme(plan.getId(), t + 1, theme.name(), theme.whatWeWillDo()));
            saved.add(planTheme);
            for (int d = 0; d < theme.deliverables().size(); d++) {
                LocalDate due = d % 3 == 0 ? YEAR_END : d % 3 == 1 ? Q1 : Q2;
                Deliverable deliverable = new Deliverable(
                        planTheme.getId(),
                        new Deliverable.Details(
                                theme.deliverables().get(d), null, OFFICE, LocalDate.of(2021, 12, 1), due),
                        at(LocalDate.of(2021, 12, 1)),
                        OFFICE);
                if (d % 2 == 0) {
                    deliverable.changeStatus(
                            Deliverable.Status.IN_PROGRESS,
                            "Work has started (invented for the demonstration)",
                            at(LocalDate.of(2022, 1, 17)),
                            OFFICE);
                }
                if (d == 4) {
                    deliverable.changeStatus(
                            Deliverable.Status.AT_RISK,
                            "A partner's timescale has slipped (invented for the demonstration)",
                            at(LocalDate.of(2022, 2, 21)),
                            OFFICE);
                }
                if (deliverable.getTitle().equals("Develop an Engagement Strategy")) {
                    linkTheCommunicationsReport(deliverable);
                }
                deliverables.save(deliverable);
                count++;
            }
        }
        invented(saved);
        log.info(
                "Demo data: the Police and Crime Plan 2021-24, 5 themes, {} deliverables from the seed, invented decisions",
                count);
    }

    /** The engagement strategy is what the Commissioner's report on communications of 23 March 2022 is about. */
    private void linkTheCommunicationsReport(Deliverable deliverable) {
        publishedReports.latest(20).stream()
                .filter(report -> report.title().contains("Communications and Engagement"))
                .findFirst()
                .ifPresent(report -> deliverable.link(
                        DeliverableLink.Kind.REPORT, report.reportId(), report.meetingId(), report.title()));
    }

    /** Deliverables outside the forward plan of 23 March 2022, and the decisions: all invented. */
    private void invented(List<PlanTheme> saved) {
        Deliverable delivered = new Deliverable(
                saved.get(0).getId(),
                new Deliverable.Details(
                        "Rural crime action plan refresh (invented)",
                        null,
                        OFFICE,
                        LocalDate.of(2021, 9, 1),
                        LocalDate.of(2022, 1, 31)),
                at(LocalDate.of(2021, 9, 1)),
                OFFICE);
        delivered.changeStatus(
                Deliverable.Status.DELIVERED,
                "Published (invented for the demonstration)",
                at(LocalDate.of(2022, 1, 28)),
                OFFICE);
        deliverables.save(delivered);
        for (int t = 1; t <= 3; t++) {
            deliverables.save(new Deliverable(
                    saved.get(t).getId(),
                    new Deliverable.Details(
                            "A deliverable due in 2023 (invented)",
                            null,
                            OFFICE,
                            LocalDate.of(2022, 10, 1),
                            LocalDate.of(2023, 3, 31)),
                    at(LocalDate.of(2022, 3, 1)),
                    OFFICE));
        }
        String[] titles = {
            "Grant to the Community Safety Partnerships for problem-solving co-ordinators",
            "Business crime survey: commissioning",
            "Drugs partnership strategy: funding",
            "Youth fund: awards for 2022",
            "Victims' hub: extension of the contract",
            "Domestic abuse perpetrator programme: funding",
            "Independent ethics board: terms of reference",
            "Custody visitor scheme: new handbook",
            "Estates: sale of a former police station",
            "Integrated offender management: partnership agreement",
            "Body-worn video: replacement of devices",
            "Victims' services: re-commissioning for 2027"
        };
        for (int i = 0; i < titles.length; i++) {
            boolean expected = i >= 10;
            decisions.save(new PlanDecision(new PlanDecision.Details(
                    "DEMO/" + (2022 + (expected ? 5 : i / 6)) + "/" + String.format("%03d", i + 1),
                    titles[i] + " (invented)",
                    "Invented for the demonstration: a decision of the Commissioner on " + titles[i].toLowerCase()
                            + ".",
                    "Police and Crime Commissioner",
                    saved.get(i % saved.size()).getId(),
                    null,
                    i % 3 == 0 || expected,
                    i % 2 == 0 ? 25_000_00L * (i + 1) : null,
                    expected ? LocalDate.of(2027, 2 + i - 10, 15) : null,
                    expected ? null : LocalDate.of(2021, 12, 6).plusWeeks(i * 3L),
                    null,
                    i == 8
                            ? "Part of the notice is exempt: it names the buyer before the sale completes (invented)"
                            : null)));
        }
    }

    private static Instant at(LocalDate day) {
        return day.atTime(9, 0).atZone(London.ZONE).toInstant();
    }
}
