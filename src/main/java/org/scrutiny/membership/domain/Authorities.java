package org.scrutiny.membership.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Authorities extends JpaRepository<Authority, Long> {

    List<Authority> findAllByOrderByNameAsc();

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}
