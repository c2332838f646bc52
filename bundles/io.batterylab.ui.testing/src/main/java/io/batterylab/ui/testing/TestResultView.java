package io.batterylab.ui.testing;

import io.batterylab.core.model.Target;
import io.batterylab.core.service.ExportFormat;
import io.batterylab.core.testing.BatteryMetrics;
import io.batterylab.core.testing.TestDetail;
import io.batterylab.core.testing.TestJob;
import io.batterylab.core.training.JobStatus;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.ISeries;

/**
 * A test job's results: metric cards per target, the chosen cell's predicted vs true curve and residuals, and every
 * cell's error as bars with a sortable table beside (to find the hard cells); Export… in any installed format.
 */
public final class TestResultView extends Composite {
    private static final int DETAIL_PAGE = 5000;

    private final TestingServices services;
    private final ExportFlow exportFlow;
    private final Label title;
    private final Label summary;
    private final Combo format;
    private final Button export;
    private final MetricCards cards;
    private final Combo target;
    private final Combo cell;
    private final ResultCharts charts;
    private final BatteryErrorTable table;
    private final Label status;
    private TestJob job;
    private List<BatteryMetrics> cells = List.of();
    private List<ExportFormat> formats = List.of();
    private long shownCell = -1;
    private int loadsRunning;

    public TestResultView(Composite parent, TestingServices services, ExportFlow exportFlow) {
        super(parent, SWT.NONE);
        this.services = services;
        this.exportFlow = exportFlow;
        setLayout(new GridLayout(1, false));
        Composite head = row(6);
        title = new Label(head, SWT.NONE);
        title.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        new Label(head, SWT.NONE).setText("Format:");
        format = new Combo(head, SWT.READ_ONLY);
        // exporters are plugins: the list is read again whenever the person turns to it
        format.addListener(SWT.FocusIn, e -> refreshFormats());
        export = new Button(head, SWT.PUSH);
        export.setText("Export…");
        export.addListener(SWT.Selection, e -> exportChosen());
        summary = new Label(this, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        cards = new MetricCards(this);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(cards);
        Composite switches = row(4);
        new Label(switches, SWT.NONE).setText("Target:");
        target = new Combo(switches, SWT.READ_ONLY);
        target.addListener(SWT.Selection, e -> targetChanged());
        new Label(switches, SWT.NONE).setText("Cell:");
        cell = new Combo(switches, SWT.READ_ONLY);
        cell.setVisibleItemCount(20);
        cell.addListener(SWT.Selection, e -> showCell(cells.get(cell.getSelectionIndex()).batteryId()));
        SashForm sash = new SashForm(this, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        charts = new ResultCharts(sash);
        table = new BatteryErrorTable(sash, row -> showCell(row.batteryId()));
        sash.setWeights(64, 36);
        status = new Label(this, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        showNothing();
        refreshFormats();
    }

    private Composite row(int columns) {
        Composite row = new Composite(this, SWT.NONE);
        GridLayout layout = new GridLayout(columns, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        row.setLayout(layout);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        return row;
    }

    private void showNothing() {
        title.setText("No test job open");
        summary.setText("Open a test job from the Test jobs view (double-click), or start one with New test job…");
        export.setEnabled(false);
        cards.show(List.of());
    }

    private record Loaded(TestJob job, List<BatteryMetrics> cells, List<ExportFormat> formats) {
    }

    /** Reads the installed export formats again (in the background) and offers them, keeping the chosen one. */
    public void refreshFormats() {
        UiWork.run("Listing export formats", this, () -> services.exports().formats(), this::showFormats,
                e -> status.setText("Cannot list the export formats: " + UiWork.message(e)));
    }

    private void showFormats(List<ExportFormat> installed) {
        if (!installed.equals(formats)) {
            int chosen = format.getSelectionIndex();
            String chosenId = chosen < 0 || chosen >= formats.size() ? null : formats.get(chosen).id();
            formats = installed;
            format.setItems(formats.stream().map(f -> f.displayName() + " (." + f.fileExtension() + ")")
                    .toArray(String[]::new));
            if (!formats.isEmpty()) {
                format.select(Math.max(0, formats.stream().map(ExportFormat::id).toList().indexOf(chosenId)));
            }
            format.getParent().layout(true);
        }
        export.setEnabled(!formats.isEmpty() && job != null && job.status() == JobStatus.SUCCEEDED);
        export.setToolTipText(formats.isEmpty() ? "No exporter is installed" : null);
    }

    /** Loads and shows the job's results (in the background); the formats are read anew from the registry. */
    public void show(long jobId) {
        busy(+1, "Loading test job " + jobId + "…");
        long user = services.userId();
        UiWork.run("Loading test results", this, () -> new Loaded(services.tests().find(user, jobId)
                .orElseThrow(() -> new IllegalStateException("test job " + jobId + " does not exist (deleted?)")),
                services.tests().perBattery(user, jobId), services.exports().formats()), this::fill, this::failed);
    }

    private void fill(Loaded loaded) {
        busy(-1, "");
        job = loaded.job();
        cells = loaded.cells();
        title.setText(job.name());
        summary.setText("Model version #" + job.spec().modelVersionId() + " · h = " + job.spec().horizon() + " · "
                + job.status() + (job.error() == null ? "" : " — " + job.error()) + " · " + cells.size() + " cell(s), "
                + job.rowsSkipped() + " row(s) skipped (cycle c + h beyond the cell's data)");
        showFormats(loaded.formats());
        cards.show(job.overall());
        target.setItems(job.targets().stream().map(Target::label).toArray(String[]::new));
        if (!job.targets().isEmpty()) {
            target.select(0);
        }
        cell.setItems(cells.stream().map(BatteryMetrics::batteryName).toArray(String[]::new));
        shownCell = -1;
        targetChanged();
        layout(true, true);
    }

    private void targetChanged() {
        Target t = chosenTarget();
        if (t == null) {
            return;
        }
        table.show(BatteryErrorRow.of(cells, t));
        charts.showErrors(TargetScale.of(t), BatteryErrorRow.of(cells, t));
        if (!cells.isEmpty()) {
            long keep = shownCell;
            shownCell = -1;
            showCell(keep >= 0 ? keep : cells.get(0).batteryId());
        }
    }

    private Target chosenTarget() {
        int i = target.getSelectionIndex();
        return job == null || i < 0 ? null : job.targets().get(i);
    }

    /** Shows one cell's curves (the battery switcher and the table stay in step). */
    public void showCell(long batteryId) {
        Target t = chosenTarget();
        if (job == null || t == null || batteryId == shownCell) {
            return;
        }
        shownCell = batteryId;
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).batteryId() == batteryId) {
                cell.select(i);
            }
        }
        table.select(batteryId);
        String name = cell.getText();
        long jobId = job.id();
        busy(+1, "Loading the rows of " + name + "…");
        UiWork.run("Loading test rows", this, () -> details(jobId, batteryId), rows -> {
            busy(-1, "");
            if (batteryId == shownCell && chosenTarget() == t) {
                charts.showCell(name, TargetScale.of(t), CurvePoints.of(rows, t));
            }
        }, this::failed);
    }

    private List<TestDetail> details(long jobId, long batteryId) {
        long user = services.userId();
        long count = services.tests().detailCount(user, jobId, batteryId);
        List<TestDetail> rows = new ArrayList<>();
        for (long offset = 0; offset < count; offset += DETAIL_PAGE) {
            rows.addAll(services.tests().details(user, jobId, batteryId, offset, DETAIL_PAGE));
        }
        return rows;
    }

    private void exportChosen() {
        int i = format.getSelectionIndex();
        if (job != null && i >= 0) {
            exportFlow.export(this, job.id(), formats.get(i), status::setText);
        }
    }

    private void failed(Exception e) {
        busy(-1, "");
        status.setText("Cannot show the results: " + UiWork.message(e));
    }

    private void busy(int delta, String text) {
        loadsRunning = Math.max(0, loadsRunning + delta);
        if (!text.isEmpty() || loadsRunning == 0) {
            status.setText(text);
        }
    }

    /** True while results or rows are being loaded. */
    public boolean loading() {
        return loadsRunning > 0;
    }

    public TestJob job() {
        return job;
    }

    public List<List<String>> metricCardTexts() {
        return cards.texts();
    }

    public ISeries<?> series(String id) {
        return charts.series(id);
    }

    public Combo cellSwitcher() {
        return cell;
    }

    public Combo formatChoice() {
        return format;
    }

    public Button exportButton() {
        return export;
    }

    public org.eclipse.swt.widgets.Table errorTable() {
        return table.table();
    }

    public String status() {
        return status.getText();
    }
}
