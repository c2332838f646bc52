package io.batterylab.ui.session;

import io.batterylab.core.model.User;

/** The user logged in to this workbench; put into the application context by the login step. */
public record UserSession(User user) {
    public long userId() {
        return user.id();
    }
}
