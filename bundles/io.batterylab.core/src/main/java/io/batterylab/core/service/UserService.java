package io.batterylab.core.service;

import io.batterylab.core.model.User;
import java.util.Optional;

/** Registration and password login; passwords are stored only as slow salted hashes. */
public interface UserService {
    /**
     * @throws RegistrationException when the name is taken, looks like a taken one, or name or password break the
     *         rules (the message says which, in words for the person registering)
     */
    User register(String username, char[] password);

    /** @throws AuthenticationException for an unknown user or a wrong password (same message for both) */
    User login(String username, char[] password) throws AuthenticationException;

    Optional<User> find(long userId);
}
