package org.scrutiny.accounts.domain;

import java.util.List;
import java.util.Optional;
import org.scrutiny.accounts.Role;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccounts extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    boolean existsByRole(Role role);

    List<UserAccount> findAllByOrderByDisplayNameAsc();
}
