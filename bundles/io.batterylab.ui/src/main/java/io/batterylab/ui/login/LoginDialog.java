package io.batterylab.ui.login;

import io.batterylab.core.model.User;
import io.batterylab.core.service.AuthenticationException;
import io.batterylab.core.service.UserService;
import java.util.Arrays;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for user name and password; logs in, or registers a new user on first use. The dialog stays
 * open with the reason shown until one of them succeeds or the user cancels; the rules for names and passwords, and
 * the reason a registration is refused, come from the user service, the same as for REST.
 */
public class LoginDialog extends TitleAreaDialog {
    public static final int REGISTER_ID = IDialogConstants.CLIENT_ID + 1;

    private final UserService users;
    private Text username;
    private Text password;
    private User user;

    public LoginDialog(Shell parent, UserService users) {
        super(parent);
        this.users = users;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("BatteryLab — log in");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Log in to BatteryLab");
        setMessage("New here? Choose a user name and a password that is hard to guess (8 characters or more, a few"
                + " uncommon words, not your name), then Register.");
        Composite form = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(form);
        new Label(form, SWT.NONE).setText("User name:");
        username = new Text(form, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(username);
        new Label(form, SWT.NONE).setText("Password:");
        password = new Text(form, SWT.BORDER | SWT.PASSWORD);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
        username.setFocus();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, REGISTER_ID, "Register", false);
        createButton(parent, IDialogConstants.OK_ID, "Log in", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.OK_ID || buttonId == REGISTER_ID) {
            attempt(buttonId == REGISTER_ID);
        } else {
            super.buttonPressed(buttonId);
        }
    }

    private void attempt(boolean register) {
        char[] secret = password.getTextChars();
        try {
            String name = username.getText().trim();
            user = register ? users.register(name, secret) : users.login(name, secret);
            setReturnCode(OK);
            close();
        } catch (AuthenticationException | IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            password.selectAll();
            password.setFocus();
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /** The logged-in user after OK, otherwise null. */
    public User user() {
        return user;
    }

    /** For UI tests: the widgets a person types into. */
    public Text usernameField() {
        return username;
    }

    public Text passwordField() {
        return password;
    }
}
