package io.batterylab.export.html;

import io.batterylab.core.plugin.Exporter;
import io.batterylab.core.plugin.Report;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * A report as one self-contained HTML page: headline figures as cards, every chart as inline SVG drawn here (line,
 * scatter, histogram, box plot, with axes, ticks and legends), the tables, and the metadata. Nothing is loaded from
 * anywhere: no script, no font, no image, no link; the one style sheet is inline and allowed by its hash in the
 * page's own Content-Security-Policy, which forbids everything else. It opens offline in any browser.
 *
 * <p>A table shows its first {@value #MAX_ROWS_SHOWN} rows and says how many there are (a page of 100,000 rows is
 * too slow to be read); the CSV and XLSX exports hold every row.
 */
@Component(service = Exporter.class)
public final class HtmlExporter implements Exporter {
    static final int MAX_ROWS_SHOWN = 1000;
    static final String STYLE = """
            body{margin:0;background:#f6f7f9;color:#1d2430;font:14px/1.45 system-ui,-apple-system,"Segoe UI",\
            Roboto,"Helvetica Neue",Arial,sans-serif}
            main{max-width:1000px;margin:0 auto;padding:24px 20px 48px}
            h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 12px;border-bottom:1px solid #d5d9e0;\
            padding-bottom:4px}
            .sub{color:#5b6573;margin:0 0 16px}
            .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:12px}
            .card{background:#fff;border:1px solid #d5d9e0;border-radius:8px;padding:12px 14px}
            .card .label{color:#5b6573;font-size:12px;text-transform:uppercase;letter-spacing:.04em}
            .card .value{font-size:24px;font-weight:600;margin-top:2px;overflow-wrap:anywhere}
            .card .note{color:#5b6573;font-size:12px}
            figure{background:#fff;border:1px solid #d5d9e0;border-radius:8px;margin:0 0 16px;padding:12px}
            figcaption{font-weight:600;margin-bottom:6px}
            svg.chart{width:100%;height:auto;display:block}
            svg .grid line{stroke:#e3e6eb;stroke-width:1}
            svg .frame{fill:none;stroke:#8a93a0;stroke-width:1}
            svg text{font-family:system-ui,Arial,sans-serif;fill:#3b4452}
            svg .tick,svg .tick text{font-size:11px}svg .legend{font-size:12px}svg .axis-title{font-size:12px;\
            font-weight:600}svg .note{font-size:11px;fill:#7a8391}
            .table-wrap{overflow-x:auto;background:#fff;border:1px solid #d5d9e0;border-radius:8px}
            table{border-collapse:collapse;width:100%;font-size:13px}
            th,td{padding:4px 10px;border-bottom:1px solid #eceef2;text-align:left;vertical-align:top}
            th{background:#eef1f5;position:sticky;top:0}
            th.num,td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            table.meta td:first-child{white-space:nowrap;color:#5b6573}
            table.meta td{overflow-wrap:anywhere;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px}
            .more{color:#5b6573;font-size:12px;margin:6px 2px 0}
            """;
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + sha256(STYLE)
            + "'; base-uri 'none'; form-action 'none'";

    @Override
    public String id() {
        return "html";
    }

    @Override
    public String displayName() {
        return "HTML report (self-contained, offline)";
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    @Override
    public String mediaType() {
        return "text/html; charset=utf-8";
    }

    @Override
    public void export(Report report, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        String title = Html.escape(report.title());
        w.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<meta http-equiv=\""
                + "Content-Security-Policy\" content=\"" + CONTENT_SECURITY_POLICY + "\">\n<meta name=\"referrer\" "
                + "content=\"no-referrer\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + title + "</title>\n<style>" + STYLE + "</style></head>\n<body><main>\n<h1>" + title
                + "</h1>\n<p class=\"sub\">BatteryLab report</p>\n");
        cards(report, w);
        for (Report.Chart chart : report.charts()) {
            w.write("<figure><figcaption>" + Html.escape(chart.title()) + "</figcaption>" + SvgChart.svg(chart)
                    + "</figure>\n");
        }
        for (Report.Table table : report.tables()) {
            w.write("<h2>" + Html.escape(table.name()) + "</h2>\n");
            table(table, w);
        }
        metadata(report.metadata(), w);
        w.write("</main></body></html>\n");
        w.flush();
    }

    private static void cards(Report report, Writer w) throws IOException {
        if (report.cards().isEmpty()) {
            return;
        }
        w.write("<section class=\"cards\">");
        for (Report.Card card : report.cards()) {
            w.write("<div class=\"card\"><div class=\"label\">" + Html.escape(card.label())
                    + "</div><div class=\"value\">" + Html.escape(card.value()) + "</div>");
            if (card.note() != null && !card.note().isEmpty()) {
                w.write("<div class=\"note\">" + Html.escape(card.note()) + "</div>");
            }
            w.write("</div>");
        }
        w.write("</section>\n");
    }

    /**
     * The first rows as a table; the rest are only counted (the rows are read once, never kept). A column whose
     * first cell is a number is aligned right, header included.
     */
    private static void table(Report.Table table, Writer w) throws IOException {
        Iterator<List<Object>> rows = table.rows().iterator();
        boolean any = rows.hasNext();
        List<Object> first = any ? rows.next() : List.of();
        w.write("<div class=\"table-wrap\"><table><thead><tr>");
        for (int c = 0; c < table.columns().size(); c++) {
            boolean number = c < first.size() && first.get(c) instanceof Number;
            w.write((number ? "<th class=\"num\">" : "<th>") + Html.escape(table.columns().get(c)) + "</th>");
        }
        w.write("</tr></thead><tbody>\n");
        long count = 0;
        if (any) {
            row(first, w);
            count = 1;
        }
        while (rows.hasNext()) {
            List<Object> row = rows.next();
            if (count++ < MAX_ROWS_SHOWN) {
                row(row, w);
            }
        }
        w.write("</tbody></table></div>\n");
        if (count > MAX_ROWS_SHOWN) {
            w.write(String.format(Locale.ROOT, "<p class=\"more\">The first %,d of %,d rows are shown here; the CSV "
                    + "and XLSX exports hold every row.</p>\n", MAX_ROWS_SHOWN, count));
        }
    }

    private static void row(List<Object> row, Writer w) throws IOException {
        w.write("<tr>");
        for (Object cell : row) {
            w.write(cell instanceof Number ? "<td class=\"num\">" : "<td>");
            w.write(Html.cell(cell));
            w.write("</td>");
        }
        w.write("</tr>\n");
    }

    private static void metadata(Map<String, String> metadata, Writer w) throws IOException {
        if (metadata.isEmpty()) {
            return;
        }
        w.write("<h2>About this report</h2>\n<div class=\"table-wrap\"><table class=\"meta\"><tbody>");
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            w.write("<tr><td>" + Html.escape(e.getKey()) + "</td><td>" + Html.escape(e.getValue()) + "</td></tr>\n");
        }
        w.write("</tbody></table></div>\n");
    }

    /** A CSP source expression for an inline style sheet: {@code sha256-<base64 of its UTF-8 digest>}. */
    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
