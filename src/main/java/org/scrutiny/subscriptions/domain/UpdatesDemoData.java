package org.scrutiny.subscriptions.domain;

import java.time.Clock;
import java.util.List;
import org.scrutiny.shared.DemoData;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The five themes of Cambridgeshire's Police and Crime Plan 2021–24 (from the forward plan report
 * of 23 March 2022), with words of our choosing that mark a title as about each, and one confirmed
 * subscriber to new agendas, new minutes, a theme and a keyword.
 */
@Component
@Profile("demo & !prod")
class UpdatesDemoData extends DemoData {

    static final String THEMES =
            """
            Putting Communities First: community, communities, neighbourhood, engagement, rural
            Crime Prevention: prevention, prevent, road safety, speeding, anti-social, burglary
            Supporting Victims and Witnesses: victim, witness, domestic abuse, hate crime
            Ethical Policing: ethical, complaint, integrity, vetting, stop and search, custody
            Robust Enforcement: enforcement, drugs, county lines, organised crime""";

    private final Subscriptions subscriptions;
    private final AllUpdateSettings settings;
    private final Clock clock;

    UpdatesDemoData(Subscriptions subscriptions, AllUpdateSettings settings, Clock clock) {
        this.subscriptions = subscriptions;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    protected void load() {
        if (settings.count() > 0) {
            return;
        }
        settings.save(new UpdateSettings(THEMES));
        Subscription subscriber = new Subscription(
                "subscriber@demo.scrutiny.test",
                true,
                true,
                false,
                null,
                List.of("Ethical Policing"),
                List.of("101"),
                clock.instant());
        subscriber.confirm(clock.instant());
        subscriptions.save(subscriber);
    }
}
