package org.scrutiny.membership.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface People extends JpaRepository<Person, Long> {

    List<Person> findAllByOrderByFamilyNameAscGivenNameAsc();

    List<Person> findByEmailIgnoreCase(String email);
}
