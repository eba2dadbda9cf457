package org.scrutiny.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.scrutiny.support.ScrutinyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

@ScrutinyTest
class MailOutboxIntegrationTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    Mailbox mailbox;

    @Autowired
    MailWorker worker;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    private boolean queue(String key, String unsubscribe) {
        return Boolean.TRUE.equals(transactions.execute(status -> mailbox.queue(
                key, List.of("reader@example.org"), "New agenda: " + key, "The agenda is published.", unsubscribe)));
    }

    @Test
    void a_message_is_queued_once_per_key_and_sent_once_with_one_click_unsubscribe_headers() throws Exception {
        assertThat(queue("alert-1", "http://localhost:8080/unsubscribe/abc")).isTrue();
        assertThat(queue("alert-1", "http://localhost:8080/unsubscribe/abc"))
                .as("the same key again")
                .isFalse();

        worker.sendDue();
        worker.sendDue();

        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        // Other tests' email may be waiting in the same outbox: look only at this test's.
        MimeMessage[] received = Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getSubject().equals("New agenda: alert-1");
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toArray(MimeMessage[]::new);
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("New agenda: alert-1");
        assertThat(received[0].getHeader("List-Unsubscribe"))
                .containsExactly("<http://localhost:8080/unsubscribe/abc>");
        assertThat(received[0].getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(jdbc.queryForObject("select status from mail_outbox where dedupe_key = 'alert-1'", String.class))
                .isEqualTo("SENT");
    }

    @Test
    void a_refused_message_is_kept_and_tried_again_later() {
        queue("alert-2", null);
        JavaMailSenderImpl nowhere = new JavaMailSenderImpl();
        nowhere.setHost("127.0.0.1");
        nowhere.setPort(1);

        assertThat(worker.sendDue(nowhere)).isZero();

        Map<String, Object> row = jdbc.queryForMap(
                "select status, attempts, last_error, next_attempt_at > now() as later from mail_outbox where dedupe_key = 'alert-2'");
        assertThat(row.get("status")).isEqualTo("QUEUED");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat((String) row.get("last_error")).isNotBlank();
        assertThat(row.get("later")).isEqualTo(true);
        assertThat(worker.sendDue(nowhere)).as("not due again yet").isZero();
        assertThat(jdbc.queryForObject("select attempts from mail_outbox where dedupe_key = 'alert-2'", Integer.class))
                .isEqualTo(1);
    }
}
