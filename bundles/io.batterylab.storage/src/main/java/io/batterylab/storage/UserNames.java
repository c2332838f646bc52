package io.batterylab.storage;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.UnicodeSet;
import io.batterylab.core.service.RegistrationException;
import io.batterylab.core.service.RegistrationException.Reason;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The rules for user names, with ICU's Unicode tools (UTS #39 security mechanisms):
 * <ul>
 * <li>a name is shown as given after NFKC (compatibility forms such as full-width letters or ligatures become the
 * plain letters), 3 to 64 characters of letters, digits, '.', '_' and '-';</li>
 * <li>it is unique by its <em>key</em>, NFKC with case folding ("Alice", "ALICE", "Ａｌｉｃｅ" are one user; "Straße"
 * and "STRASSE" too); login looks the key up, so any of these spellings finds the account;</li>
 * <li>its letters come from one script (or the usual Japanese, Chinese or Korean mixes with Latin): "pаypal" with
 * a Cyrillic 'а' is refused;</li>
 * <li>its <em>skeleton</em> (confusable characters mapped to one prototype, then case-folded) must differ from
 * every existing user's, so "paypa1" or "aIice" cannot pose as "paypal" or "alice".</li>
 * </ul>
 */
public final class UserNames {
    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 64;

    private static final Pattern CHARACTERS = Pattern.compile("[\\p{L}\\p{Nd}._-]+");
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final UnicodeSet IDENTIFIER_CHARACTERS = new UnicodeSet(SpoofChecker.RECOMMENDED)
            .addAll(SpoofChecker.INCLUSION).freeze();
    /** Thread-safe once built (ICU's promise for the checking and skeleton methods). */
    private static final SpoofChecker SPOOF = new SpoofChecker.Builder()
            .setRestrictionLevel(SpoofChecker.RestrictionLevel.HIGHLY_RESTRICTIVE)
            .setChecks(SpoofChecker.RESTRICTION_LEVEL | SpoofChecker.MIXED_NUMBERS | SpoofChecker.INVISIBLE).build();

    /** A name that keeps the rules: as shown, the key it is unique under, and its look-alike skeleton. */
    public record UserName(String display, String key, String skeleton) {
    }

    private UserNames() {
    }

    /** The key under which a name is unique and looked up; any spelling of a name gives the same key. */
    public static String key(String name) {
        return NFKC_CASEFOLD.normalize(name);
    }

    /** Two names with the same skeleton look alike; compared without regard to case, like the names. */
    public static String skeleton(String name) {
        return NFKC_CASEFOLD.normalize(SPOOF.getSkeleton(NFKC.normalize(name)));
    }

    /** @throws RegistrationException ({@link Reason#NAME_INVALID}) naming the rule the name breaks */
    public static UserName check(String username) {
        if (username == null || username.isEmpty()) {
            throw invalid("User name is required");
        }
        String name = NFKC.normalize(username);
        if (name.length() < MIN_LENGTH || name.length() > MAX_LENGTH) {
            throw invalid("User name must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long, got "
                    + name.length());
        }
        if (!CHARACTERS.matcher(name).matches()) {
            throw invalid("User name may contain only letters, digits, '.', '_' and '-': '" + name + "'");
        }
        SpoofChecker.CheckResult result = new SpoofChecker.CheckResult();
        if (SPOOF.failsChecks(name, result)) {
            throw invalid(spoofProblem(name, result));
        }
        return new UserName(name, key(name), skeleton(name));
    }

    private static String spoofProblem(String name, SpoofChecker.CheckResult result) {
        UnicodeSet unusual = new UnicodeSet().addAll(name).removeAll(IDENTIFIER_CHARACTERS);
        if (!unusual.isEmpty()) {
            return "User name '" + name + "' contains characters not used in names today: " + unusual.toPattern(false);
        }
        if ((result.checks & SpoofChecker.MIXED_NUMBERS) != 0) {
            return "User name '" + name + "' mixes digits of different number systems";
        }
        Set<String> scripts = scripts(name);
        if (scripts.size() > 1) {
            return "User name '" + name + "' mixes scripts (" + String.join(", ", scripts)
                    + "); use the letters and digits of one script, so that it cannot pose as another name";
        }
        return "User name '" + name + "' contains characters that could hide what it looks like";
    }

    private static Set<String> scripts(String name) {
        Set<String> scripts = new TreeSet<>();
        name.codePoints().map(UScript::getScript)
                .filter(script -> script != UScript.COMMON && script != UScript.INHERITED)
                .forEach(script -> scripts.add(UScript.getName(script)));
        return scripts;
    }

    private static RegistrationException invalid(String message) {
        return new RegistrationException(Reason.NAME_INVALID, message);
    }
}
