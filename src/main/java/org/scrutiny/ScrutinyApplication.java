package org.scrutiny;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class ScrutinyApplication {

    public static void main(String[] args) {
        SpringApplication.run(ScrutinyApplication.class, args);
    }
}
