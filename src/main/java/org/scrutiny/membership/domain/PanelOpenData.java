package org.scrutiny.membership.domain;

import static org.scrutiny.opendata.OParlType.BODY;
import static org.scrutiny.opendata.OParlType.ORGANIZATION;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scrutiny.membership.PanelDetails;
import org.scrutiny.opendata.OParlObject;
import org.scrutiny.opendata.OParlObject.Page;
import org.scrutiny.opendata.OParlObject.Ref;
import org.scrutiny.opendata.OParlType;
import org.scrutiny.opendata.OpenDataSources;
import org.springframework.stereotype.Component;

/**
 * The panel as the API's one body, with the lists of everything it holds, and the two
 * organisations every meeting and paper names: the panel itself and the Commissioner's office.
 */
@Component
class PanelOpenData implements OpenDataSources {

    private final MembershipService membership;

    PanelOpenData(MembershipService membership) {
        this.membership = membership;
    }

    @Override
    public List<OParlObject> objects() {
        PanelDetails panel = membership.panel();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("system", new Page(OParlType.BASE + "/system"));
        body.put("name", panel.name());
        body.put(
                "shortName",
                panel.name().replace("Police and Crime Panel", "PCP").strip());
        body.put("website", panel.website() == null ? new Page("/") : panel.website());
        body.put("license", OParlObject.OPEN_GOVERNMENT_LICENCE);
        body.put("contactEmail", panel.email());
        body.put(
                "contactName",
                panel.hostAuthority().isBlank() ? null : "Democratic Services, " + panel.hostAuthority());
        body.put("classification", "Police and Crime Panel");
        body.put("mainOrganization", Ref.to(ORGANIZATION, OParlObject.THE_PANEL));
        body.put("organization", list(OParlType.ORGANIZATION));
        body.put("person", list(OParlType.PERSON));
        body.put("meeting", list(OParlType.MEETING));
        body.put("paper", list(OParlType.PAPER));
        body.put("agendaItem", list(OParlType.AGENDA_ITEM));
        body.put("consultation", list(OParlType.CONSULTATION));
        body.put("file", list(OParlType.FILE));
        body.put("locationList", list(OParlType.LOCATION));
        body.put("legislativeTermList", list(OParlType.LEGISLATIVE_TERM));
        body.put("membership", list(OParlType.MEMBERSHIP));
        body.put("legislativeTerm", List.of());
        body.put("web", new Page("/"));

        Map<String, Object> organisation = new LinkedHashMap<>();
        organisation.put("body", Ref.to(BODY, OParlObject.THE_PANEL));
        organisation.put("name", panel.name());
        organisation.put("organizationType", "Committee");
        organisation.put("classification", "Police and Crime Panel");
        organisation.put("membership", List.of());
        organisation.put("post", List.of("Chair", "Vice-Chair", "Member", "Independent co-opted member", "Substitute"));
        organisation.put("web", new Page("/members"));

        Map<String, Object> commissioner = new LinkedHashMap<>();
        commissioner.put("body", Ref.to(BODY, OParlObject.THE_PANEL));
        commissioner.put(
                "name",
                "Office of the Police and Crime Commissioner"
                        + (panel.policeForceArea().isBlank() ? "" : " for " + panel.policeForceArea()));
        commissioner.put("organizationType", "Institution");
        commissioner.put("classification", "The office the panel scrutinises");
        return List.of(
                OParlObject.of(BODY, OParlObject.THE_PANEL, body),
                OParlObject.of(ORGANIZATION, OParlObject.THE_PANEL, organisation),
                OParlObject.of(ORGANIZATION, OParlObject.COMMISSIONERS_OFFICE, commissioner));
    }

    private static Page list(OParlType type) {
        return new Page(OParlType.BASE + "/" + type.segment());
    }
}
