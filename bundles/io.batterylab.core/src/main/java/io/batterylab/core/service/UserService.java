package io.batterylab.core.service;

import io.batterylab.core.model.User;
import java.util.Optional;

/** Registration and password login; passwords are stored only as slow salted hashes. */
public interface UserService {
    /**
     * @throws IllegalArgumentException when the name is taken or name/password break the rules
     *         (the message says which)
     */
    User register(String username, char[] password);

    /** @throws AuthenticationException for an unknown user or a wrong password (same message for both) */
    User login(String username, char[] password) throws AuthenticationException;

    Optional<User> find(long userId);
}
