package org.scrutiny.minutes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeakersTest {

    @Test
    void a_point_that_opens_by_naming_its_speaker_gives_them_as_the_minutes_write_them() {
        assertThat(Speakers.of("Councillor Wilson asked whether the precept would fund more officers."))
                .isEqualTo("Councillor Wilson");
        assertThat(Speakers.of("Cllr Jones said that rural crime had risen.")).isEqualTo("Councillor Jones");
        assertThat(Speakers.of("Edward Leigh noted that 21% of respondents felt unsafe."))
                .isEqualTo("Edward Leigh");
        assertThat(Speakers.of("The Chief Constable said PCSO numbers had fallen from 80 to 40."))
                .isEqualTo("Chief Constable");
        assertThat(Speakers.of("The Commissioner, in answer to a question, confirmed the figures."))
                .isEqualTo("Commissioner");
        assertThat(Speakers.of("The Deputy Chief Constable explained the new model."))
                .isEqualTo("Deputy Chief Constable");
    }

    @Test
    void a_point_that_opens_otherwise_names_no_one() {
        assertThat(Speakers.of("The Panel noted the report.")).isNull();
        assertThat(Speakers.of("Members asked about the budget.")).isNull();
        assertThat(Speakers.of("PCSO numbers had fallen, the Chief Constable said."))
                .isNull();
        assertThat(Speakers.of("")).isNull();
    }
}
