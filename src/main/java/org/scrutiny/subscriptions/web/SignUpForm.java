package org.scrutiny.subscriptions.web;

import java.util.ArrayList;
import java.util.List;

/** The email-updates sign-up form. {@code website} is a trap for robots. */
public class SignUpForm {

    private String email;
    private boolean agendas;
    private boolean minutes;
    private boolean recommendations;
    private String meeting;
    private boolean meetingChanges;
    private List<String> themes = new ArrayList<>();
    private String keywords;
    private String website;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isAgendas() {
        return agendas;
    }

    public void setAgendas(boolean agendas) {
        this.agendas = agendas;
    }

    public boolean isMinutes() {
        return minutes;
    }

    public void setMinutes(boolean minutes) {
        this.minutes = minutes;
    }

    public boolean isRecommendations() {
        return recommendations;
    }

    public void setRecommendations(boolean recommendations) {
        this.recommendations = recommendations;
    }

    public String getMeeting() {
        return meeting;
    }

    public void setMeeting(String meeting) {
        this.meeting = meeting;
    }

    public boolean isMeetingChanges() {
        return meetingChanges;
    }

    public void setMeetingChanges(boolean meetingChanges) {
        this.meetingChanges = meetingChanges;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
