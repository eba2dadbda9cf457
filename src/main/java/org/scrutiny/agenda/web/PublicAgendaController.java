package org.scrutiny.agenda.web;

import org.scrutiny.agenda.domain.Agenda;
import org.scrutiny.agenda.domain.AgendaService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The published agenda of a meeting, for everyone. */
@Controller
class PublicAgendaController {

    private final AgendaService agendas;

    PublicAgendaController(AgendaService agendas) {
        this.agendas = agendas;
    }

    @GetMapping("/meetings/{meetingId}/agenda")
    String agenda(@PathVariable long meetingId, Model model) {
        model.addAttribute("meeting", agendas.meeting(meetingId));
        Agenda agenda = agendas.agendaOf(meetingId).filter(Agenda::isPublished).orElse(null);
        model.addAttribute("agenda", agenda);
        model.addAttribute("latestPublication", agendas.latestPublication(meetingId));
        return "meetings/agenda";
    }
}
