package org.scrutiny.questions.domain;

public enum QuestionKind {
    QUESTION("Question", "question"),
    STATEMENT("Statement", "statement");

    private final String label;
    private final String noun;

    QuestionKind(String label, String noun) {
        this.label = label;
        this.noun = noun;
    }

    public String label() {
        return label;
    }

    public String noun() {
        return noun;
    }
}
