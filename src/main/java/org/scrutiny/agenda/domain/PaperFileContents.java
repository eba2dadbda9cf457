package org.scrutiny.agenda.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface PaperFileContents extends JpaRepository<PaperFileContent, Long> {}
