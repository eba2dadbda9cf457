package org.scrutiny.papers.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface PaperFileContents extends JpaRepository<PaperFileContent, Long> {}
