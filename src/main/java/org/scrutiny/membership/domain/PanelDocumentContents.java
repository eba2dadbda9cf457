package org.scrutiny.membership.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface PanelDocumentContents extends JpaRepository<PanelDocumentContent, Long> {}
