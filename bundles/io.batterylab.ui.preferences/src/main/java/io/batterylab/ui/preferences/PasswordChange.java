package io.batterylab.ui.preferences;

/**
 * What to do with the stored database password: keep it (the field was left empty), clear it, or replace it. The
 * password itself travels only from the field into the file.
 */
public sealed interface PasswordChange {
    static PasswordChange keep() {
        return Keep.INSTANCE;
    }

    static PasswordChange clear() {
        return Clear.INSTANCE;
    }

    /** An empty entry keeps the stored password. */
    static PasswordChange entered(String password) {
        return password == null || password.isEmpty() ? keep() : new Replace(password);
    }

    void applyTo(PropertiesFile file, String key);

    boolean changes();

    enum Keep implements PasswordChange {
        INSTANCE;

        @Override
        public void applyTo(PropertiesFile file, String key) {
            // the stored password stays
        }

        @Override
        public boolean changes() {
            return false;
        }
    }

    enum Clear implements PasswordChange {
        INSTANCE;

        @Override
        public void applyTo(PropertiesFile file, String key) {
            file.remove(key);
        }

        @Override
        public boolean changes() {
            return true;
        }
    }

    record Replace(String password) implements PasswordChange {
        @Override
        public void applyTo(PropertiesFile file, String key) {
            file.set(key, password);
        }

        @Override
        public boolean changes() {
            return true;
        }

        /** Never shows the password, in logs or failure messages. */
        @Override
        public String toString() {
            return "Replace[***]";
        }
    }
}
