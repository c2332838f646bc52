package io.batterylab.ui.handlers;

import io.batterylab.core.model.UploadRecord;
import io.batterylab.core.model.ValidationIssue;
import io.batterylab.core.plugin.DataSource;
import io.batterylab.core.plugin.DataSourceRegistry;
import io.batterylab.core.plugin.ImportException;
import io.batterylab.core.service.UploadService;
import io.batterylab.ui.session.UiEvents;
import io.batterylab.ui.session.UserSession;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** File > Upload data: reads a file through the data-source plugins and reports what was found. */
public class UploadHandler {
    private static final int MAX_LISTED_ISSUES = 15;

    @Execute
    public void upload(Shell shell, UploadService uploads, DataSourceRegistry sources, UserSession session,
            IEventBroker events) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText("Upload battery data");
        List<DataSource> all = sources.all();
        dialog.setFilterExtensions(new String[] {
                all.stream().flatMap(s -> s.fileExtensions().stream()).map(e -> "*." + e).distinct()
                        .collect(Collectors.joining(";")),
                "*.*" });
        dialog.setFilterNames(new String[] { "Battery data (" + all.stream().map(DataSource::displayName)
                .collect(Collectors.joining(", ")) + ")", "All files" });
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen);
        UploadRecord[] result = new UploadRecord[1];
        try {
            new ProgressMonitorDialog(shell).run(true, false, monitor -> {
                monitor.beginTask("Reading and validating " + file.getFileName(), IProgressMonitor.UNKNOWN);
                try (InputStream in = Files.newInputStream(file)) {
                    result[0] = uploads.upload(session.userId(), file.getFileName().toString(), in);
                } catch (ImportException | IOException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            report(shell, file, e.getCause());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        UploadRecord upload = result[0];
        events.post(UiEvents.BATTERIES_CHANGED, upload.id());
        String warnings = list(upload.report().warnings());
        MessageDialog.openInformation(shell, "Upload accepted", upload.originalFileName() + ": "
                + upload.batteryCount() + " batteries, " + upload.rowCount() + " cycle rows."
                + (warnings.isEmpty() ? "" : "\n\nWarnings:\n" + warnings));
    }

    private static void report(Shell shell, Path file, Throwable cause) {
        if (cause instanceof ImportException rejected) {
            MessageDialog.openError(shell, "Upload rejected", file.getFileName()
                    + " was not stored; nothing of it was saved and earlier data are unchanged.\n\n"
                    + list(rejected.report().errors()));
        } else {
            MessageDialog.openError(shell, "Upload failed", file.getFileName() + ": " + cause.getMessage());
        }
    }

    private static String list(List<ValidationIssue> issues) {
        String listed = issues.stream().limit(MAX_LISTED_ISSUES).map(i -> "• " + i.describe())
                .collect(Collectors.joining("\n"));
        return issues.size() > MAX_LISTED_ISSUES ? listed + "\n… and " + (issues.size() - MAX_LISTED_ISSUES) + " more"
                : listed;
    }
}
