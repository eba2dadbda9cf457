package org.scrutiny.accounts.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.scrutiny.accounts.Role;
import org.scrutiny.accounts.UserDirectory;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.RecordNotFoundException;
import org.scrutiny.shared.StaleRecordException;
import org.scrutiny.shared.TypedText;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class AccountService implements UserDirectory, UserDetailsService {

    /** NCSC guidance favours length over complexity rules. */
    public static final int MINIMUM_PASSWORD_LENGTH = 12;

    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;

    AccountService(UserAccounts accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String email = UserAccount.normalise(TypedText.clean(username));
        if (email == null || email.length() > 254) {
            throw new UsernameNotFoundException("No such user");
        }
        UserAccount account =
                accounts.findByEmail(email).orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(account.getEmail())
                .password(account.getPasswordHash())
                .roles(account.getRole().name())
                .disabled(!account.isEnabled())
                .build();
    }

    public UserAccount create(String email, String displayName, String password, Role role) {
        if (accounts.existsByEmail(UserAccount.normalise(email))) {
            throw new BusinessRuleViolation("email", "There is already an account for " + email);
        }
        if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new BusinessRuleViolation(
                    "password", "The password must be at least " + MINIMUM_PASSWORD_LENGTH + " characters long");
        }
        return accounts.save(new UserAccount(email, displayName, passwordEncoder.encode(password), role));
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> emailsOf(Role... roles) {
        Set<Role> wanted = EnumSet.noneOf(Role.class);
        wanted.addAll(Arrays.asList(roles));
        return accounts.findAll().stream()
                .filter(UserAccount::isEnabled)
                .filter(a -> wanted.contains(a.getRole()))
                .map(UserAccount::getEmail)
                .sorted()
                .toList();
    }

    public boolean anyWithRole(Role role) {
        return accounts.existsByRole(role);
    }

    @Transactional(readOnly = true)
    public List<UserAccount> all() {
        return accounts.findAllByOrderByDisplayNameAsc();
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> byEmail(String email) {
        return accounts.findByEmail(email);
    }

    @Transactional(readOnly = true)
    public UserAccount get(long id) {
        return accounts.findById(id).orElseThrow(() -> new RecordNotFoundException("User account", id));
    }

    public UserAccount change(long id, long expectedVersion, Role role, boolean enabled, String changedBy) {
        UserAccount account = get(id);
        StaleRecordException.check(expectedVersion, account.getVersion());
        if (account.getEmail().equals(changedBy) && (!enabled || role != Role.ADMIN)) {
            throw new BusinessRuleViolation("role", "You cannot remove your own administrator access");
        }
        account.changeRole(role);
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        return accounts.saveAndFlush(account);
    }
}
