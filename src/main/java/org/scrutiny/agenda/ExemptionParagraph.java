package org.scrutiny.agenda;

import org.scrutiny.shared.BusinessRuleViolation;

/**
 * The categories of exempt information in Part 1 of Schedule 12A to the Local Government Act
 * 1972: an item may be taken with the press and public excluded only under one of them.
 */
public enum ExemptionParagraph {
    ONE(1, "information about a particular person"),
    TWO(2, "information likely to reveal who a person is"),
    THREE(3, "the financial or business affairs of a particular person, including the authority"),
    FOUR(4, "consultations or negotiations about a labour relations matter"),
    FIVE(5, "information protected by legal professional privilege"),
    SIX(6, "a notice, order or direction the authority proposes to give or make"),
    SEVEN(7, "the prevention, investigation or prosecution of crime");

    private final int number;
    private final String subject;

    ExemptionParagraph(int number, String subject) {
        this.number = number;
        this.subject = subject;
    }

    public static ExemptionParagraph number(int number) {
        for (ExemptionParagraph paragraph : values()) {
            if (paragraph.number == number) {
                return paragraph;
            }
        }
        throw new BusinessRuleViolation("exemptParagraph", "Schedule 12A has paragraphs 1 to 7 only");
    }

    public int number() {
        return number;
    }

    /** "Paragraph 3: the financial or business affairs of a particular person, including the authority". */
    public String label() {
        return "Paragraph " + number + ": " + subject;
    }
}
