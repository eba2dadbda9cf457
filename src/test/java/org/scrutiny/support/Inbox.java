package org.scrutiny.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The email GreenMail received for one address. The suite shares one database, so other tests'
 * mail may be in the same outbox: tests look only at the messages addressed to their own people.
 */
public final class Inbox {

    private Inbox() {}

    /**
     * Runs {@code send} (the outbox worker, and whatever queues mail) until at least
     * {@code atLeast} messages to {@code address} have arrived, or ten seconds have passed.
     */
    public static List<MimeMessage> messagesTo(GreenMailExtension mail, Runnable send, String address, int atLeast) {
        return arrived(mail, send, m -> addressedTo(m, address), atLeast);
    }

    /** The same, for the messages whose subject starts with {@code subjectStart}, whoever they went to. */
    public static List<MimeMessage> messagesAbout(
            GreenMailExtension mail, Runnable send, String subjectStart, int atLeast) {
        return arrived(mail, send, m -> subject(m).startsWith(subjectStart), atLeast);
    }

    private static List<MimeMessage> arrived(
            GreenMailExtension mail, Runnable send, Predicate<MimeMessage> wanted, int atLeast) {
        long giveUp = System.currentTimeMillis() + 10_000;
        List<MimeMessage> received;
        do {
            send.run();
            received = Arrays.stream(mail.getReceivedMessages()).filter(wanted).toList();
            if (received.size() < atLeast) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        } while (received.size() < atLeast && System.currentTimeMillis() < giveUp);
        return received;
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equals(address));
        } catch (Exception e) {
            return false;
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text of a message, as its reader sees it. */
    public static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
