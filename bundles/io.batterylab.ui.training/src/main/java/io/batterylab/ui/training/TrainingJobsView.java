package io.batterylab.ui.training;

import io.batterylab.core.training.AlgorithmRegistry;
import io.batterylab.core.training.JobStatus;
import io.batterylab.core.training.ModelVersion;
import io.batterylab.core.training.ModelVersionService;
import io.batterylab.core.training.RunLogLine;
import io.batterylab.core.training.TrainingEvent;
import io.batterylab.core.training.TrainingJob;
import io.batterylab.core.training.TrainingJobService;
import io.batterylab.core.training.TrainingRun;
import io.batterylab.ui.status.JobStatusIcons;
import io.batterylab.ui.status.UiJobs;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * All training jobs of the user with status, progress and duration; the selected one in a {@link JobDetailView} kept
 * live by the jobs' events. Closing it stops nothing: the jobs run in the service, and reopening loads where they are.
 */
public final class TrainingJobsView extends Composite {
    private static final int REDRAW_MILLIS = 500;
    /** The status is an icon; its word is the tooltip. */
    public static final int STATUS_COLUMN = 3;
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final TrainingJobService jobs;
    private final ModelVersionService versions;
    private final AlgorithmRegistry algorithms;
    private final long userId;
    private final Table table;
    private final Display display;
    private final JobDetailView detail;
    private final Queue<TrainingEvent> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private final Map<Long, Map<Long, Double>> runProgress = new HashMap<>();
    private List<TrainingJob> listed = List.of();
    private JobBoard board;

    public TrainingJobsView(Composite parent, TrainingJobService jobs, ModelVersionService versions,
            AlgorithmRegistry algorithms, long userId, Runnable newJob) {
        super(parent, SWT.NONE);
        this.jobs = jobs;
        this.versions = versions;
        this.algorithms = algorithms;
        this.userId = userId;
        this.display = parent.getDisplay();
        setLayout(new GridLayout(1, false));
        Composite buttons = new Composite(this, SWT.NONE);
        buttons.setLayout(new RowLayout());
        Button create = new Button(buttons, SWT.PUSH);
        create.setText("New training job…");
        create.addListener(SWT.Selection, e -> newJob.run());
        Button refresh = new Button(buttons, SWT.PUSH);
        refresh.setText("Refresh");
        refresh.addListener(SWT.Selection, e -> refresh());
        SashForm sash = new SashForm(this, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String column : List.of("Job", "Name", "Target", "Status", "Progress", "Duration", "Created")) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(column);
            c.setAlignment(column.equals("Status") ? SWT.CENTER : SWT.LEFT);
            c.setWidth(switch (column) {
                case "Name" -> 240;
                case "Target" -> 180;
                case "Job" -> 60;
                case "Status" -> 56;
                default -> 120;
            });
        }
        JobStatusIcons.tooltips(table, STATUS_COLUMN, this::statusOf);
        table.addListener(SWT.Selection, e -> {
            TableItem[] selection = table.getSelection();
            if (selection.length == 1) {
                open((Long) selection[0].getData());
            }
        });
        detail = new JobDetailView(sash, this::algorithmName, this::cancelShown);
        sash.setWeights(25, 75);
        refresh();
    }

    /** Loads the list of jobs again in the background. */
    public void refresh() {
        UiJobs.schedule(this, "List training jobs", m -> jobs.list(userId), this::showList);
    }

    /** Opens a job: its stored state first (epochs, log, test metrics), then live events. */
    public void open(long jobId) {
        UiJobs.schedule(this, "Load training job " + jobId, m -> load(jobId), loaded -> {
            board = loaded;
            detail.show(board);
            select(jobId);
        });
    }

    private JobBoard load(long jobId) {
        TrainingJob job = jobs.find(userId, jobId)
                .orElseThrow(() -> new IllegalStateException("training job " + jobId + " is gone"));
        JobBoard loaded = new JobBoard(job);
        for (TrainingRun run : job.runs()) {
            loaded.epochs(run.id(), jobs.epochs(userId, run.id()));
            loaded.log(run.id(), jobs.log(userId, run.id()).stream().map(RunLogLine::line).toList());
            if (run.modelVersionId() != null) {
                versions.find(userId, run.modelVersionId()).map(ModelVersion::test)
                        .ifPresent(m -> loaded.test(run.id(), m));
            }
        }
        return loaded;
    }

    /** Takes the job's stored state again after a status change (runs, their model versions' test metrics). */
    private void reloadShown(JobBoard shown) {
        long id = shown.job().id();
        UiJobs.schedule(this, "Load training job " + id, m -> load(id), loaded -> {
            if (board == shown) {
                shown.reload(loaded.job());
                loaded.job().runs().forEach(r -> {
                    if (loaded.test(r) != null) {
                        shown.test(r.id(), loaded.test(r));
                    }
                });
                detail.show(shown);
            }
        });
    }

    /** Takes a live event from any thread; the view catches up a few times a second. */
    public void accept(TrainingEvent event) {
        if (event.userId() != userId) {
            return;
        }
        pending.add(event);
        if (flushScheduled.compareAndSet(false, true)) {
            display.asyncExec(() -> {
                if (!isDisposed()) {
                    getDisplay().timerExec(REDRAW_MILLIS, this::flush);
                }
            });
        }
    }

    private void flush() {
        flushScheduled.set(false);
        if (isDisposed()) {
            return;
        }
        boolean statusChanged = false;
        TrainingEvent event;
        while ((event = pending.poll()) != null) {
            if (event instanceof TrainingEvent.EpochReported e) {
                runProgress.computeIfAbsent(e.jobId(), k -> new HashMap<>()).put(e.runId(),
                        (double) e.metrics().epoch() / e.metrics().epochs());
            } else if (!(event instanceof TrainingEvent.LogAppended)) {
                statusChanged = true;
            }
            if (board != null) {
                board.apply(event);
            }
        }
        if (statusChanged) {
            refresh();
            if (board != null) {
                reloadShown(board);
            }
        } else {
            showList(listed);
        }
        if (board != null) {
            detail.show(board);
        }
    }

    private void showList(List<TrainingJob> list) {
        if (isDisposed()) {
            return;
        }
        listed = list;
        Long selected = board == null ? null : board.job().id();
        // rows are updated in place: the list is redrawn a few times a second while jobs train
        while (table.getItemCount() > list.size()) {
            table.getItem(table.getItemCount() - 1).dispose();
        }
        for (int i = 0; i < list.size(); i++) {
            TrainingJob job = list.get(i);
            TableItem item = i < table.getItemCount() ? table.getItem(i) : new TableItem(table, SWT.NONE);
            item.setData(job.id());
            item.setText(new String[] {"#" + job.id(), job.name(), job.target().label(), "", progress(job),
                    duration(job), CREATED.format(job.createdAt())});
            JobStatusIcons.show(item, STATUS_COLUMN, job.status());
        }
        if (selected != null) {
            select(selected);
        }
    }

    private JobStatus statusOf(TableItem item) {
        int row = table.indexOf(item);
        return row >= 0 && row < listed.size() ? listed.get(row).status() : null;
    }

    private String progress(TrainingJob job) {
        if (job.status() == JobStatus.SUCCEEDED) {
            return "100 %";
        }
        if (board != null && board.job().id() == job.id()) {
            return Math.round(board.progress() * 100) + " %";
        }
        Map<Long, Double> runs = runProgress.getOrDefault(job.id(), Map.of());
        double done = job.runs().stream().mapToDouble(r -> r.status().isFinal() ? 1 : runs.getOrDefault(r.id(), 0.0))
                .average().orElse(0);
        return job.status() == JobStatus.PENDING ? "–" : Math.round(done * 100) + " %";
    }

    private static String duration(TrainingJob job) {
        if (job.startedAt() == null) {
            return "–";
        }
        Duration d = Duration.between(job.startedAt(), job.finishedAt() == null ? Instant.now() : job.finishedAt());
        return d.toMinutes() > 0 ? d.toMinutes() + " min " + d.toSecondsPart() + " s" : d.toSeconds() + " s";
    }

    private void select(long jobId) {
        for (TableItem item : table.getItems()) {
            if (item.getData().equals(jobId)) {
                table.setSelection(item);
            }
        }
    }

    private void cancelShown() {
        if (board != null) {
            long id = board.job().id();
            UiJobs.schedule(this, "Cancel training job " + id, m -> jobs.cancel(userId, id), ok -> refresh());
        }
    }

    private String algorithmName(String id) {
        return algorithms.find(id).map(a -> a.displayName()).orElse(id + " (not installed)");
    }

    public Table jobTable() {
        return table;
    }

    public JobDetailView detail() {
        return detail;
    }

    /** The job shown in the detail, null for none. */
    public JobBoard shown() {
        return board;
    }
}
