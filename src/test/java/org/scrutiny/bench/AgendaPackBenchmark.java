package org.scrutiny.bench;

import static org.scrutiny.support.MeetingBuilder.aMeeting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.scrutiny.ScrutinyApplication;
import org.scrutiny.agenda.domain.AgendaItem;
import org.scrutiny.agenda.domain.AgendaService;
import org.scrutiny.meetings.domain.MeetingService;
import org.scrutiny.papers.domain.PublicationService;
import org.scrutiny.papers.domain.PublishedDocument;
import org.scrutiny.papers.domain.Report;
import org.scrutiny.papers.domain.ReportService;
import org.scrutiny.publishing.AccessiblePdf;
import org.scrutiny.shared.UploadedFile;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How long the application takes to build an agenda pack of about 300 pages from 15 uploaded,
 * tagged PDFs of 20 pages each, next to how long {@code pdfunite} takes to join the same files.
 * Run with {@code bench/agenda-pack.sh}; it starts the application on a throw-away embedded
 * database, uploads the papers through the report service, publishes, and times each build of
 * the documents (agenda PDF and pack) from queue to stored. The first build warms the JVM and is
 * reported apart.
 */
public final class AgendaPackBenchmark {

    private static final int ITEMS = 15;
    private static final int PAGES_EACH = 20;
    /** Measured builds after the first; {@code RUNS=N bench/agenda-pack.sh} for more. */
    private static final int RUNS = Integer.parseInt(System.getenv().getOrDefault("RUNS", "15"));
    /** Builds before the first timed one, for the compiler to settle; {@code WARMUP=N} to change. */
    private static final int WARMUP = Integer.parseInt(System.getenv().getOrDefault("WARMUP", "5"));

    private AgendaPackBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("scrutiny-bench");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ScrutinyApplication.class)
                .profiles("demo")
                .properties(
                        "scrutiny.embedded-database.directory=" + work.resolve("pg"),
                        "server.port=0",
                        // The benchmark builds the documents itself, on this thread, to time them.
                        "scrutiny.publications.poll-interval=PT24H",
                        "logging.level.root=warn")
                .run(args)) {
            PublicationService publications = app.getBean(PublicationService.class);
            while (publications.buildNext()) {
                // The demo meeting's documents, before the measured ones.
            }
            List<Path> papers = papers(work);
            long meetingId = meetingWith(app, papers);

            // Each build is followed by pdfunite on the same inputs, so that both sides of each pair
            // see the machine as it was at that moment; the ratio is the median of the pairs'.
            Path front = work.resolve("agenda.pdf");
            List<Long> timings = new ArrayList<>();
            List<Long> unite = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            for (int run = 0; run <= WARMUP + RUNS; run++) {
                if (run > 0) {
                    long agendaVersion = app.getBean(AgendaService.class)
                            .agendaOf(meetingId)
                            .orElseThrow()
                            .getVersion();
                    publications.republish(meetingId, agendaVersion, "Benchmark run " + run);
                }
                long start = System.nanoTime();
                if (!publications.buildNext()) {
                    throw new IllegalStateException("Nothing was queued to build");
                }
                long built = (System.nanoTime() - start) / 1_000_000;
                if (run > 0 && run <= WARMUP) {
                    continue;
                }
                timings.add(built);
                Files.write(front, publications.document(meetingId, null, PublishedDocument.Kind.AGENDA));
                long united = pdfunite(front, papers, work.resolve("united.pdf"));
                unite.add(united);
                ratios.add((double) built / united);
            }
            byte[] pack = publications.document(meetingId, null, PublishedDocument.Kind.PACK);

            System.out.printf(
                    "%nAgenda pack: %d pages, %.1f MB, from %d uploaded tagged PDFs of %d pages%n",
                    AccessiblePdf.pageCount(pack), pack.length / 1e6, ITEMS, PAGES_EACH);
            System.out.printf(
                    "Scrutiny build (agenda PDF + front sheet + binding + page numbers + store): first %d ms, then median %d ms (min %d, max %d) over %d runs%n",
                    timings.get(0),
                    median(timings.subList(1, timings.size())),
                    min(timings.subList(1, timings.size())),
                    max(timings.subList(1, timings.size())),
                    RUNS);
            System.out.printf(
                    "pdfunite of the agenda and the same %d files (%d pages): median %d ms (min %d, max %d) over %d runs%n",
                    ITEMS,
                    AccessiblePdf.pageCount(Files.readAllBytes(work.resolve("united.pdf"))),
                    median(unite.subList(1, unite.size())),
                    min(unite.subList(1, unite.size())),
                    max(unite.subList(1, unite.size())),
                    RUNS);
            double[] sorted = ratios.subList(1, ratios.size()).stream()
                    .mapToDouble(Double::doubleValue)
                    .sorted()
                    .toArray();
            System.out.printf(
                    "Build / pdfunite, each build against the pdfunite run straight after it: median %.2f (min %.2f, max %.2f)%n",
                    sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1]);
        }
    }

    /** Fifteen reports of twenty pages, each page with a heading and several paragraphs. */
    private static List<Path> papers(Path work) throws IOException {
        List<Path> papers = new ArrayList<>();
        for (int i = 1; i <= ITEMS; i++) {
            StringBuilder body = new StringBuilder();
            for (int page = 1; page <= PAGES_EACH; page++) {
                body.append(page == 1 ? "<h1>" : "<h2 style=\"page-break-before: always\">")
                        .append("Report ")
                        .append(i)
                        .append(", section ")
                        .append(page)
                        .append(page == 1 ? "</h1>" : "</h2>");
                for (int p = 0; p < 6; p++) {
                    body.append("<p>The Commissioner reports on progress against the Police and Crime Plan, the budget,"
                            + " the precept and the performance of the Constabulary. This paragraph stands for the"
                            + " text of a real report and fills the page as one would.</p>");
                }
            }
            byte[] pdf = AccessiblePdf.renderHtml(
                    "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Report "
                            + i
                            + "</title><style>body { font-family: 'Liberation Sans'; font-size: 12pt; }</style></head><body>"
                            + body + "</body></html>");
            Path file = work.resolve("paper-" + i + ".pdf");
            Files.write(file, pdf);
            papers.add(file);
        }
        return papers;
    }

    private static long meetingWith(ConfigurableApplicationContext app, List<Path> papers) throws IOException {
        MeetingService meetings = app.getBean(MeetingService.class);
        AgendaService agendas = app.getBean(AgendaService.class);
        ReportService reports = app.getBean(ReportService.class);
        Clock clock = app.getBean(Clock.class);
        long meetingId = aMeeting()
                .on(LocalDate.now(clock).plusWeeks(8))
                .at(LocalTime.of(10, 0))
                .plannedWith(meetings)
                .getId();
        for (int i = 1; i <= papers.size(); i++) {
            meetings.planItem(meetingId, "Benchmark item " + i, null);
        }
        agendas.start(meetingId);
        for (AgendaItem item : agendas.agendaOf(meetingId).orElseThrow().getItems()) {
            if (!item.getTitle().startsWith("Benchmark item ")) {
                continue;
            }
            int i = Integer.parseInt(item.getTitle().substring("Benchmark item ".length()));
            Report report = reports.request(meetingId, item.getId(), Report.Author.SECRETARIAT, LocalDate.now(clock));
            Path file = papers.get(i - 1);
            reports.upload(
                    report.getId(),
                    ReportService.Upload.REPORT,
                    null,
                    null,
                    new UploadedFile(file.getFileName().toString(), Files.readAllBytes(file)));
            Report uploaded = reports.report(report.getId());
            reports.accept(
                    report.getId(),
                    reports.submitUpload(report.getId(), uploaded.getVersion()).getVersion());
        }
        agendas.publish(meetingId, agendas.agendaOf(meetingId).orElseThrow().getVersion(), "Benchmark");
        return meetingId;
    }

    private static long pdfunite(Path front, List<Path> papers, Path out) throws Exception {
        List<String> command = new ArrayList<>(List.of("pdfunite", front.toString()));
        papers.forEach(p -> command.add(p.toString()));
        command.add(out.toString());
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pdfunite failed");
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static long min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    private static long max(List<Long> values) {
        return Arrays.stream(values.stream().mapToLong(Long::longValue).toArray())
                .max()
                .orElseThrow();
    }
}
