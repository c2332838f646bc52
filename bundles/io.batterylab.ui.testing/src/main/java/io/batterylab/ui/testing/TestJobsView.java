package io.batterylab.ui.testing;

import io.batterylab.core.model.Target;
import io.batterylab.core.service.JobEvent;
import io.batterylab.core.service.JobEvents;
import io.batterylab.core.testing.TestJob;
import io.batterylab.ui.status.JobStatusIcons;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

/**
 * The user's test jobs, newest first, with status and progress kept live by the job events; opening one shows its
 * results. New…, Cancel and Delete act on the services in the background.
 */
public final class TestJobsView extends Composite {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static final int EVENT_COALESCE_MILLIS = 250;
    /** The status is an icon; its word is the tooltip. */
    public static final int STATUS_COLUMN = 4;

    private final TestingServices services;
    private final TableViewer viewer;
    private final Button cancel;
    private final Button delete;
    private final Button open;
    private final Label status;
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private final JobEvents.Subscription subscription;
    private final Display display;
    private Consumer<TestJob> onOpen = job -> { };
    private List<TestJob> jobs = List.of();

    public TestJobsView(Composite parent, TestingServices services) {
        super(parent, SWT.NONE);
        this.services = services;
        this.display = parent.getDisplay();
        setLayout(new GridLayout(1, false));
        Composite buttons = new Composite(this, SWT.NONE);
        buttons.setLayout(new RowLayout());
        button(buttons, "New test job…", () -> openNewJob(null, true));
        open = button(buttons, "Open results", () -> selected().ifPresent(j -> onOpen.accept(j)));
        cancel = button(buttons, "Cancel job", this::cancelSelected);
        delete = button(buttons, "Delete", this::deleteSelected);
        button(buttons, "Refresh", this::refresh);
        viewer = new TableViewer(this, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        TextColumns.add(viewer, TestJob.class, "Name", 240, TestJob::name);
        TextColumns.add(viewer, TestJob.class, "Model", 70, j -> "#" + j.spec().modelVersionId());
        TextColumns.add(viewer, TestJob.class, "Targets", 80, j -> j.targets().stream().map(Target::key)
                .map(k -> k.toUpperCase(Locale.ROOT))
                .collect(Collectors.joining(", ")));
        TextColumns.add(viewer, TestJob.class, "h", 40, j -> Integer.toString(j.spec().horizon()));
        TextColumns.icon(viewer, "Status", 56, element -> JobStatusIcons.image(display, ((TestJob) element).status()));
        JobStatusIcons.tooltips(viewer.getTable(), STATUS_COLUMN, item -> ((TestJob) item.getData()).status());
        TextColumns.add(viewer, TestJob.class, "Progress", 110, TestJobsView::progress);
        TextColumns.add(viewer, TestJob.class, "Created", 140, j -> TIME.format(j.createdAt()));
        TextColumns.add(viewer, TestJob.class, "Message", 320, j -> j.error() == null ? "" : j.error());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
        viewer.addSelectionChangedListener(e -> enableActions());
        viewer.addDoubleClickListener(e -> selected().ifPresent(j -> onOpen.accept(j)));
        status = new Label(this, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        subscription = services.events() == null ? null : services.events().subscribe(services.userId(), this::heard);
        addDisposeListener(e -> {
            if (subscription != null) {
                subscription.close();
            }
        });
        enableActions();
        refresh();
    }

    static String progress(TestJob job) {
        if (job.batteriesTotal() == 0) {
            return job.status().isFinal() ? "–" : "waiting";
        }
        return job.batteriesDone() + " / " + job.batteriesTotal() + " cells";
    }

    /** Called on the publishing thread: only schedules one refresh for a burst of events. */
    private void heard(JobEvent event) {
        if (!TestJobEventKinds.isTestJob(event) || display.isDisposed() || refreshQueued.getAndSet(true)) {
            return;
        }
        display.asyncExec(() -> display.timerExec(EVENT_COALESCE_MILLIS, () -> {
            refreshQueued.set(false);
            if (!isDisposed()) {
                refresh();
            }
        }));
    }

    public void refresh() {
        UiWork.run("Listing test jobs", this, () -> services.tests().list(services.userId()), this::show,
                e -> status.setText("Cannot list your test jobs: " + UiWork.message(e)));
    }

    private void show(List<TestJob> latest) {
        Optional<Long> kept = selected().map(TestJob::id);
        jobs = latest;
        viewer.setInput(jobs);
        kept.flatMap(this::job).ifPresent(j -> viewer.setSelection(new StructuredSelection(j)));
        status.setText(jobs.size() + " test job(s)");
        enableActions();
    }

    private Optional<TestJob> job(long id) {
        return jobs.stream().filter(j -> j.id() == id).findFirst();
    }

    /**
     * Opens the New test job dialog; once the service accepted a job the list shows it selected.
     *
     * @param block false to return at once (tests drive the open dialog)
     */
    public NewTestJobDialog openNewJob(Long preselectedModel, boolean block) {
        NewTestJobDialog dialog = new NewTestJobDialog(getShell(), services, preselectedModel);
        dialog.setBlockOnOpen(block);
        dialog.create();
        dialog.getShell().addDisposeListener(e -> {
            TestJob submitted = dialog.submitted();
            if (submitted != null && !isDisposed()) {
                status.setText("Submitted '" + submitted.name() + "'");
                refresh();
            }
        });
        dialog.open();
        return dialog;
    }

    private void cancelSelected() {
        selected().ifPresent(j -> act("Canceling test job", () -> services.tests().cancel(services.userId(), j.id()),
                "Canceled '" + j.name() + "'", j.name() + " is already finished"));
    }

    private void deleteSelected() {
        selected().filter(j -> MessageDialog.openConfirm(getShell(), "Delete test job",
                "Delete '" + j.name() + "' and its results?")).ifPresent(j -> act("Deleting test job",
                        () -> services.tests().delete(services.userId(), j.id()), "Deleted '" + j.name() + "'",
                        j.name() + " is still running"));
    }

    private void act(String what, UiWork.Call<Boolean> call, String success, String refusal) {
        UiWork.run(what, this, call, done -> {
            status.setText(done ? success : refusal);
            refresh();
        }, e -> status.setText(what + " failed: " + UiWork.message(e)));
    }

    private Optional<TestJob> selected() {
        IStructuredSelection selection = viewer.getStructuredSelection();
        return Optional.ofNullable((TestJob) selection.getFirstElement());
    }

    private void enableActions() {
        Optional<TestJob> job = selected();
        open.setEnabled(job.isPresent());
        cancel.setEnabled(job.filter(j -> !j.status().isFinal()).isPresent());
        delete.setEnabled(job.filter(j -> j.status().isFinal()).isPresent());
    }

    private Button button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    public void onOpen(Consumer<TestJob> onOpen) {
        this.onOpen = onOpen;
    }

    /** Selects the job with this id if listed; true when it is. */
    public boolean select(long jobId) {
        Optional<TestJob> job = job(jobId);
        job.ifPresent(j -> viewer.setSelection(new StructuredSelection(j), true));
        return job.isPresent();
    }

    public Optional<TestJob> listed(long jobId) {
        return job(jobId);
    }

    public Table table() {
        return viewer.getTable();
    }

    public Button openButton() {
        return open;
    }
}
