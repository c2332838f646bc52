package io.batterylab.storage;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import io.batterylab.core.service.RegistrationException;
import io.batterylab.core.service.RegistrationException.Reason;
import io.batterylab.storage.UserNames.UserName;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one rule for new passwords, used wherever users register (REST and the workbench go through
 * {@link JdbcUserService}): 8 to 256 characters, not containing the user name (in any case or spelling), and not
 * easy to guess by zxcvbn's estimate (score 3 of 4 at least: more than about 10^8 guesses, with the name counted
 * as a known word). The estimator looks at the first 64 characters only: its effort grows faster than the length,
 * and 64 characters that are not easy to guess are plenty.
 */
public final class PasswordRules {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 256;
    /** zxcvbn's score from 0 (too guessable) to 4 (very unguessable). */
    public static final int MIN_SCORE = 3;
    static final int ESTIMATED_LENGTH = 64;

    private PasswordRules() {
    }

    /** @throws RegistrationException ({@link Reason#PASSWORD_WEAK}) saying why the password is refused */
    public static void check(char[] password, UserName name) {
        if (password == null || password.length == 0) {
            throw weak("Password is required");
        }
        if (password.length < MIN_LENGTH) {
            throw weak("Password must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.length > MAX_LENGTH) {
            throw weak("Password must be at most " + MAX_LENGTH + " characters long");
        }
        if (UserNames.key(CharBuffer.wrap(password).toString()).contains(name.key())) {
            throw weak("Password must not contain the user name");
        }
        CharSequence estimated = CharBuffer.wrap(password, 0, Math.min(password.length, ESTIMATED_LENGTH));
        Strength strength = Estimator.INSTANCE.measure(estimated, List.of(name.display(), name.key()));
        if (strength.getScore() < MIN_SCORE) {
            throw weak(tooEasy(strength.getFeedback()));
        }
    }

    private static String tooEasy(Feedback feedback) {
        List<String> advice = new ArrayList<>();
        String warning = feedback.getWarning(Locale.ENGLISH);
        if (warning != null && !warning.isBlank()) {
            advice.add(warning.strip());
        }
        feedback.getSuggestions(Locale.ENGLISH).stream().filter(s -> !s.isBlank()).forEach(advice::add);
        if (advice.isEmpty()) {
            advice.add("Use a few uncommon words or more characters.");
        }
        return "Password is too easy to guess. " + String.join(" ", advice);
    }

    private static RegistrationException weak(String message) {
        return new RegistrationException(Reason.PASSWORD_WEAK, message);
    }

    /** Loads zxcvbn's dictionaries (about a second) on first use only; safe for concurrent use. */
    private static final class Estimator {
        static final Zxcvbn INSTANCE = new Zxcvbn();
    }
}
