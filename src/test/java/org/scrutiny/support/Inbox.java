package org.scrutiny.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

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
        long giveUp = System.currentTimeMillis() + 10_000;
        List<MimeMessage> received;
        do {
            send.run();
            received = Arrays.stream(mail.getReceivedMessages())
                    .filter(m -> addressedTo(m, address))
                    .toList();
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
