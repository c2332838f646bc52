package io.batterylab.ui.preferences;

import io.batterylab.core.workspace.WorkspaceFolder;
import io.batterylab.core.workspace.WorkspaceLocation;
import io.batterylab.core.workspace.WorkspacePointer;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The workspace folder of the next start, kept in the pointer file ({@link WorkspacePointer}). Checked as the user
 * types (absolute, exists or can be created, writable). Nothing is moved: the database, models and settings of the
 * new folder are its own, and the old folder is left as it is. Read-only when {@code BATTERYLAB_HOME} or
 * {@code -Dbatterylab.home} chose the folder, since they win over the pointer.
 */
final class WorkspaceSection {
    final Text folder;
    final Button browse;
    final Label problem;
    private final WorkspaceLocation next;

    /**
     * @param inUse the folder this running BatteryLab uses
     * @param next the folder the next start will use, and what chose it
     * @param changed told when the entered folder changes, to check it again
     */
    WorkspaceSection(Group g, Path inUse, WorkspaceLocation next, Runnable changed) {
        this.next = next;
        boolean fixed = next.source().explicit();
        new Label(g, SWT.NONE).setText("Folder:");
        folder = new Text(g, SWT.BORDER | (fixed ? SWT.READ_ONLY : SWT.NONE));
        folder.setText(next.folder().toString());
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(folder);
        browse = new Button(g, SWT.PUSH);
        browse.setText("Browse…");
        browse.setEnabled(!fixed);
        browse.addListener(SWT.Selection, e -> browse());
        problem = Forms.note(g, "");
        problem.setForeground(g.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        if (fixed) {
            Forms.note(g, "Set by " + next.source().label() + " when BatteryLab was started; it wins over this"
                    + " setting. Start BatteryLab without it to choose the folder here.");
        } else {
            Forms.note(g, "The database, models, uploads, plugins and settings live in this folder. Another folder"
                    + " takes effect after a restart and starts with its own data: nothing is moved or copied, and "
                    + inUse + " is left untouched (copy it yourself to take its data along).");
        }
        if (!inUse.equals(next.folder())) {
            Forms.note(g, "In use until the restart: " + inUse);
        }
        folder.addListener(SWT.Modify, e -> {
            problem.setText(problem().orElse(""));
            problem.requestLayout();
            changed.run();
        });
    }

    private void browse() {
        DirectoryDialog dialog = new DirectoryDialog(folder.getShell(), SWT.OPEN);
        dialog.setText("Workspace folder");
        dialog.setMessage("The folder for BatteryLab's database, models and settings");
        dialog.setFilterPath(folder.getText());
        String chosen = dialog.open();
        if (chosen != null) {
            folder.setText(chosen);
        }
    }

    /** Why the entered folder cannot be the workspace; empty when it can. */
    Optional<String> problem() {
        try {
            return WorkspaceFolder.problem(Path.of(folder.getText().strip())).map(p -> "Workspace: " + p);
        } catch (InvalidPathException e) {
            return Optional.of("Workspace: " + e.getMessage());
        }
    }

    /** The entered folder when it differs from the one the next start would use. */
    Optional<Path> changedFolder() {
        Path entered = Path.of(folder.getText().strip()).normalize();
        return entered.equals(next.folder()) ? Optional.empty() : Optional.of(entered);
    }

    /** Writes the pointer file when the folder changed; true when it did. */
    boolean save() throws IOException {
        Optional<Path> changed = changedFolder();
        if (changed.isPresent()) {
            WorkspacePointer.write(next.pointerFile(), changed.get());
        }
        return changed.isPresent();
    }
}
