package io.batterylab.export.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.plugin.Report;
import io.batterylab.test.support.DetailReports;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlExporterTest {

    @Test
    void givenAReport_whenExported_thenThePageReferencesNothingOutsideItselfAndHasNoScript() throws Exception {
        String html = export(DetailReports.of(3000));

        assertFalse(Pattern.compile("(?i)<script").matcher(html).find(), "no script element");
        assertFalse(Pattern.compile("(?i)\\s(src|href|xlink:href|action|srcset)\\s*=").matcher(html).find(),
                "no attribute that loads or links anything");
        String markup = html.replaceAll(">[^<]*<", "><");
        assertFalse(Pattern.compile("(?i)https?:|//").matcher(markup).find(), "a URL only ever as text shown");
        assertTrue(html.contains("http://x.invalid"), "the battery name with a URL is in the page, as text");
        assertFalse(Pattern.compile("(?i)@import|url\\(|@font-face").matcher(html).find(), "the style loads nothing");
        assertFalse(html.contains(" style=\""), "no style attribute: the CSP allows only the hashed style sheet");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "user text is escaped");
    }

    @Test
    void givenThePage_whenItsPolicyIsRead_thenItAllowsExactlyItsOwnStyleSheetByHash() throws Exception {
        String html = export(DetailReports.of(10));
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
        assertTrue(style.find());
        String expected = "sha256-" + java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest
                .getInstance("SHA-256").digest(style.group(1).getBytes(StandardCharsets.UTF_8)));
        assertTrue(html.contains("content=\"default-src 'none'; style-src '" + expected + "'"), "CSP with " + expected);
    }

    @Test
    void givenOneChartOfEachKind_whenExported_thenEachIsAnSvgWithAxesTicksAndItsMarks() throws Exception {
        String html = export(DetailReports.of(3000));
        List<String> svgs = all(Pattern.compile("<figure>.*?</figure>", Pattern.DOTALL), html);

        assertEquals(4, svgs.size());
        String line = svgs.get(0), scatter = svgs.get(1), histogram = svgs.get(2), box = svgs.get(3);
        assertEquals(4, all(Pattern.compile("<path d=\"M"), line).size(), "one path per series");
        assertTrue(line.contains(">true RUL</text>"), "legend names the series");
        assertTrue(line.contains(">cycle</text>") && line.contains(">RUL (cycles)</text>"), "axis titles");
        assertTrue(all(Pattern.compile("<circle"), scatter).size() >= 1000, "every point of the residuals");
        assertEquals(10, all(Pattern.compile("<rect x=\"[0-9.]+\" y=\"[0-9.]+\" width=\"[0-9.]+\" height"),
                histogram).size(), "ten bars");
        assertEquals(3, all(Pattern.compile("fill-opacity=\"0.3\""), box).size(), "one box per battery");
        for (String svg : svgs) {
            assertTrue(all(Pattern.compile("<text x=\"[0-9.]+\" y=\"[0-9.]+\" text-anchor=\"end\">"), svg).size() >= 3,
                    "y ticks with labels");
        }
    }

    @Test
    void givenAHundredThousandDetailRows_whenExported_thenTheTableShowsTheFirstThousandAndSaysHowManyThereAre()
            throws Exception {
        String html = export(DetailReports.of(100_000));
        String details = html.substring(html.indexOf("<h2>details</h2>"));

        assertEquals(1 + HtmlExporter.MAX_ROWS_SHOWN, all(Pattern.compile("<tr>"), details.substring(0,
                details.indexOf("</table>"))).size());
        assertTrue(details.contains("The first 1,000 of 100,000 rows are shown here"));
        assertTrue(html.length() < 2_000_000, "the page stays small: " + html.length());
    }

    @Test
    void givenALongLineAndAHugeScatter_whenDrawn_thenTheyAreThinnedAndTheScatterSaysSo() {
        int n = 100_000;
        double[] x = new double[n], y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = Math.sin(i / 1000.0) + (i == 54_321 ? 10 : 0);
        }
        Report.Series s = new Report.Series("s", x, y);
        String line = SvgChart.svg(new Report.Chart("l", Report.ChartKind.LINE, "x", "y", List.of(s)));
        String scatter = SvgChart.svg(new Report.Chart("s", Report.ChartKind.SCATTER, "x", "y", List.of(s)));

        assertTrue(all(Pattern.compile("L"), line).size() <= 2 * Marks.LINE_BUCKETS, "thinned line");
        assertTrue(line.contains(">10</text>"), "the spike to 9.2 survives thinning and sets the y range");
        assertEquals(Marks.MAX_SCATTER, all(Pattern.compile("<circle"), scatter).size());
        assertTrue(scatter.contains("every 20th of 100000 points drawn"));
    }

    @Test
    void givenALineOfOnePoint_whenDrawn_thenItsPointIsMarkedSoItIsVisible() {
        Report.Series one = new Report.Series("run 1 · ridge", new double[] {1}, new double[] {0.25});
        String svg = SvgChart.svg(new Report.Chart("loss", Report.ChartKind.LINE, "epoch", "loss", List.of(one)));

        assertEquals(1, all(Pattern.compile("<circle"), svg).size());
        assertTrue(svg.contains(">run 1 · ridge</text>"));
    }

    @Test
    void givenNoChartsCardsOrMetadata_whenExported_thenThePageIsStillComplete() throws Exception {
        String html = export(new Report("empty", Map.of(), List.of(), List.of(), List.of()));
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.trim().endsWith("</html>"));
    }

    static List<String> all(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    static String export(Report report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlExporter().export(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
