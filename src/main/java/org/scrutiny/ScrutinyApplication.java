package org.scrutiny;

import org.scrutiny.shared.database.EmbeddedPostgresStart;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class ScrutinyApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(ScrutinyApplication.class);
        application.addInitializers(new EmbeddedPostgresStart());
        application.run(args);
    }
}
