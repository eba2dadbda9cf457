import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A soak of the running demo: simulated people browse the public pages, send public questions and
 * sign in and out, at a fixed pace, for as long as asked. Prints the requests made, the errors (a
 * 5xx, a refused connection, or an answer a person would not expect) and the latencies.
 *
 * <pre>java bench/Soak.java http://127.0.0.1:8080 1800 8 20</pre>
 *
 * (base address, seconds, simulated people, actions a second in all). Loopback only. Run by
 * bench/soak.sh, which also reads the heap before and after.
 */
public class Soak {

    static final List<String> PAGES = List.of(
            "/",
            "/meetings",
            "/meetings?year=2022",
            "/meetings/4",
            "/meetings/4/agenda",
            "/meetings/4/reports/2",
            "/meetings/12",
            "/meetings/12/minutes",
            "/meetings/2/minutes",
            "/meetings/4/actions-review",
            "/recommendations",
            "/recommendations/1",
            "/precept",
            "/precept/2022",
            "/hearings",
            "/work-programme",
            "/members",
            "/attendance?year=2022",
            "/questions/new",
            "/meetings.ics",
            "/recommendations.atom",
            "/meetings/4/agenda.pdf");

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    static final Pattern SUBMISSION = Pattern.compile("name=\"_submission\"\\s+value=\"([^\"]+)\"");
    static final Pattern MEETING = Pattern.compile("name=\"meeting\"[^>]*value=\"(\\d+)\"");
    static final Pattern AREA_SELECT = Pattern.compile("name=\"area\"(.*?)</select>", Pattern.DOTALL);
    static final Pattern OPTION = Pattern.compile("<option value=\"([^\"]+)\"");

    final String base;
    final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    final AtomicLong requests = new AtomicLong();
    final AtomicLong sequence = new AtomicLong();

    Soak(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        if (!base.startsWith("http://127.") && !base.startsWith("http://localhost")) {
            throw new IllegalArgumentException("Loopback only: " + base);
        }
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 60;
        int people = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        double actionsPerSecond = args.length > 3 ? Double.parseDouble(args[3]) : 20;
        Soak soak = new Soak(base);
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long pace = (long) (people / actionsPerSecond * 1_000_000_000L);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            Thread person = new Thread(() -> soak.live(end, pace), "person-" + i);
            person.start();
            threads.add(person);
        }
        for (Thread person : threads) {
            person.join();
        }
        soak.report(seconds);
    }

    void live(long end, long pace) {
        HttpClient browser = client();
        long next = System.nanoTime();
        while (System.nanoTime() < end) {
            int roll = ThreadLocalRandom.current().nextInt(100);
            try {
                if (roll < 80) {
                    browse(browser);
                } else if (roll < 90) {
                    askAQuestion();
                } else {
                    signInAndOut();
                }
            } catch (Exception e) {
                error("exception " + e.getClass().getSimpleName());
            }
            next += pace;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    static HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    void browse(HttpClient browser) throws Exception {
        String page = PAGES.get(ThreadLocalRandom.current().nextInt(PAGES.size()));
        HttpResponse<String> response = get(browser, "browse", page);
        expect(response, 200, "browse " + page);
    }

    void askAQuestion() throws Exception {
        HttpClient person = client();
        HttpResponse<String> form = get(person, "question", "/questions/new");
        if (!expect(form, 200, "question form")) {
            return;
        }
        String html = form.body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", find(CSRF, html));
        fields.put("_submission", find(SUBMISSION, html));
        fields.put("meeting", find(MEETING, html));
        fields.put("kind", "QUESTION");
        long n = sequence.incrementAndGet();
        fields.put("name", "Soak Tester " + n);
        fields.put("email", "soak-" + n + "-" + System.nanoTime() + "@example.org");
        Matcher areas = AREA_SELECT.matcher(html);
        if (areas.find()) {
            Matcher option = OPTION.matcher(areas.group(1));
            while (option.find()) {
                if (!option.group(1).isEmpty()) {
                    fields.put("area", option.group(1));
                    break;
                }
            }
        }
        fields.put("text", "How many officers patrol the city centre on a Saturday night? (soak " + n + ")");
        fields.put("attending", "no");
        fields.put("showName", "no");
        fields.put("website", "");
        HttpResponse<String> sent = post(person, "question", "/questions/new", fields);
        if (expect(sent, 302, "question sent")
                && !sent.headers().firstValue("Location").orElse("").endsWith("/questions/sent")) {
            error("question sent elsewhere: " + sent.headers().firstValue("Location").orElse(""));
        }
    }

    void signInAndOut() throws Exception {
        HttpClient person = client();
        HttpResponse<String> login = get(person, "sign-in", "/login");
        if (!expect(login, 200, "sign-in form")) {
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", find(CSRF, login.body()));
        fields.put("email", "member@demo.scrutiny.test");
        fields.put("password", "scrutiny-demo");
        HttpResponse<String> signedIn = post(person, "sign-in", "/login", fields);
        if (!expect(signedIn, 302, "sign-in")
                || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            error("sign-in refused");
            return;
        }
        HttpResponse<String> account = get(person, "sign-in", "/account");
        if (!expect(account, 200, "account page")) {
            return;
        }
        Map<String, String> logout = new LinkedHashMap<>();
        logout.put("_csrf", find(CSRF, account.body()));
        expect(post(person, "sign-in", "/logout", logout), 302, "sign-out");
    }

    HttpResponse<String> get(HttpClient client, String kind, String path) throws Exception {
        return timed(kind, client, HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    HttpResponse<String> post(HttpClient client, String kind, String path, Map<String, String> fields)
            throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return timed(
                kind,
                client,
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
    }

    HttpResponse<String> timed(String kind, HttpClient client, HttpRequest request) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        long micros = (System.nanoTime() - start) / 1000;
        requests.incrementAndGet();
        latencies.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(micros);
        latencies.computeIfAbsent("all", k -> Collections.synchronizedList(new ArrayList<>())).add(micros);
        return response;
    }

    boolean expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() == status) {
            return true;
        }
        error(what + " answered " + response.statusCode());
        return false;
    }

    void error(String what) {
        errors.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
    }

    static String find(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        return m.find() ? m.group(1) : "";
    }

    void report(long seconds) {
        long failed = errors.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf("requests %d in %d s (%.1f/s), errors %d%n", requests.get(), seconds,
                requests.get() / (double) seconds, failed);
        errors.forEach((what, count) -> System.out.printf("  error: %s x%d%n", what, count.get()));
        for (String kind : List.of("all", "browse", "question", "sign-in")) {
            List<Long> times = new ArrayList<>(latencies.getOrDefault(kind, List.of()));
            if (times.isEmpty()) {
                continue;
            }
            Collections.sort(times);
            System.out.printf("  %-8s n=%-7d p50 %6.1f ms  p99 %7.1f ms  max %7.1f ms%n", kind, times.size(),
                    times.get(times.size() / 2) / 1000.0, times.get((int) (times.size() * 0.99)) / 1000.0,
                    times.get(times.size() - 1) / 1000.0);
        }
    }
}
