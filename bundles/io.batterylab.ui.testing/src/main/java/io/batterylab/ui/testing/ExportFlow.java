package io.batterylab.ui.testing;

import io.batterylab.core.service.ExportFormat;
import io.batterylab.core.service.ExportRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Export…: the export service writes the test job's report in the chosen format (any installed exporter), the file
 * is copied to where the person saves it, and then they are offered to open its folder.
 */
public final class ExportFlow {
    static final String SOURCE_KIND = "test-job";

    /** Where to save: the save dialog in the workbench; tests give a path. */
    @FunctionalInterface
    public interface SaveTarget {
        Optional<Path> choose(Shell shell, ExportFormat format, String suggestedName);
    }

    /** What follows a saved export: the workbench offers to open the file's folder. */
    @FunctionalInterface
    public interface AfterSave {
        void saved(Shell shell, Path file);
    }

    private final TestingServices services;
    private final SaveTarget target;
    private final AfterSave after;

    public ExportFlow(TestingServices services, SaveTarget target, AfterSave after) {
        this.services = services;
        this.target = target;
        this.after = after;
    }

    /** The workbench's flow: a save dialog, then a question whether to open the folder. */
    public static ExportFlow withDialogs(TestingServices services) {
        return new ExportFlow(services, ExportFlow::saveDialog, ExportFlow::offerToOpenFolder);
    }

    void export(Control owner, long jobId, ExportFormat format, Consumer<String> status) {
        String suggested = SOURCE_KIND + "-" + jobId + "." + format.fileExtension();
        Optional<Path> file = target.choose(owner.getShell(), format, suggested);
        if (file.isEmpty()) {
            return;
        }
        status.accept("Exporting " + format.displayName() + "…");
        UiWork.run("Exporting test job " + jobId, owner, () -> write(jobId, format, file.get()), saved -> {
            status.accept("Exported to " + saved);
            after.saved(owner.getShell(), saved);
        }, e -> {
            status.accept("Export failed: " + UiWork.message(e));
            // UiWork has put it into the Error Log already; the dialog tells the person who is waiting for the file
            MessageDialog.openError(owner.getShell(), "Export failed", "The " + format.displayName()
                    + " export could not be written: " + UiWork.message(e));
        });
    }

    private Path write(long jobId, ExportFormat format, Path file) throws IOException {
        long user = services.userId();
        ExportRecord record = services.exports().create(user, SOURCE_KIND, jobId, format.id())
                .orElseThrow(() -> new IllegalStateException("test job " + jobId + " no longer exists"));
        try (InputStream in = services.exports().open(user, record.id())
                .orElseThrow(() -> new IllegalStateException("export " + record.id() + " vanished while saving"))) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    static Optional<Path> saveDialog(Shell shell, ExportFormat format, String suggestedName) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Export test results as " + format.displayName());
        dialog.setFileName(suggestedName);
        dialog.setFilterExtensions(new String[] {"*." + format.fileExtension(), "*"});
        dialog.setFilterNames(new String[] {format.displayName() + " (*." + format.fileExtension() + ")", "All files"});
        dialog.setOverwrite(true);
        return Optional.ofNullable(dialog.open()).map(Path::of);
    }

    static void offerToOpenFolder(Shell shell, Path file) {
        if (MessageDialog.openQuestion(shell, "Export saved", "Saved " + file.getFileName() + " in "
                + file.toAbsolutePath().getParent() + ".\n\nOpen that folder?")
                && !Program.launch(file.toAbsolutePath().getParent().toString())) {
            MessageDialog.openInformation(shell, "Export saved", "No file manager could be started for "
                    + file.toAbsolutePath().getParent());
        }
    }
}
