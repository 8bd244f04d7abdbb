package org.tessera.model;

/** One element of the human rights marker self-assessment. */
public record AssessmentAnswer(String element, String answer, String justification, Position at) {

    public boolean isYes() {
        return "yes".equals(answer);
    }
}
