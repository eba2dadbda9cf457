package org.scrutiny.membership.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface PanelDocuments extends JpaRepository<PanelDocument, Long> {}
