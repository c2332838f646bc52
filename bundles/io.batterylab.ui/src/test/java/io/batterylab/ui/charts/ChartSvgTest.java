package io.batterylab.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartSvgTest {

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static ChartPicture picture(List<ChartPicture.Series> series) {
        return new ChartPicture("PCL vs cycle", "Cycle", "PCL (%)", 0, 100, 0, 20, series);
    }

    @Test
    void givenTwoLinesAndAScatterWhenWrittenThenEachSeriesIsDrawnFromItsPointsWithLegend() throws Exception {
        var a = new ChartPicture.Series("cell <A>", ChartPicture.Kind.LINE, ChartPalette.rgb(0), new double[] { 0, 50, 100 },
                new double[] { 0, 10, 20 });
        var b = new ChartPicture.Series("cell B", ChartPicture.Kind.LINE, ChartPalette.rgb(1), new double[] { 0, 100 },
                new double[] { 5, 5 });
        var c = new ChartPicture.Series("cell C", ChartPicture.Kind.SCATTER, ChartPalette.rgb(2), new double[] { 10, 20 },
                new double[] { 1, 2 });

        Document svg = parse(ChartSvg.write(picture(List.of(a, b, c))));

        NodeList lines = svg.getElementsByTagName("polyline");
        assertEquals(2, lines.getLength());
        assertEquals(3, ((Element) lines.item(0)).getAttribute("points").split(" ").length);
        assertEquals("#0072b2", ((Element) lines.item(0)).getAttribute("stroke"));
        assertEquals(2, svg.getElementsByTagName("circle").getLength(), "one dot per scatter point");
        String text = svg.getDocumentElement().getTextContent();
        assertTrue(text.contains("cell <A>"), "legend names are escaped and kept: " + text);
        assertTrue(text.contains("PCL (%)") && text.contains("Cycle") && text.contains("PCL vs cycle"));
    }

    @Test
    void givenPointsAtTheRangeCornersWhenWrittenThenTheyLandOnThePlotCorners() throws Exception {
        var s = new ChartPicture.Series("s", ChartPicture.Kind.LINE, ChartPalette.rgb(0), new double[] { 0, 100 },
                new double[] { 0, 20 });

        Element line = (Element) parse(ChartSvg.write(picture(List.of(s)))).getElementsByTagName("polyline").item(0);

        assertEquals("80.00,490.00 700.00,50.00", line.getAttribute("points"));
    }

    @Test
    void givenABarSeriesWhenWrittenThenOneRectanglePerBarRisesFromZero() throws Exception {
        var bars = new ChartPicture.Series("PCL", ChartPicture.Kind.BAR, ChartPalette.rgb(0), new double[] { 25, 75 },
                new double[] { 10, 20 });

        NodeList rects = parse(ChartSvg.write(picture(List.of(bars)))).getElementsByTagName("rect");

        long barRects = java.util.stream.IntStream.range(0, rects.getLength()).mapToObj(i -> (Element) rects.item(i))
                .filter(r -> r.getAttribute("fill").equals("#0072b2") && !r.getAttribute("width").equals("12.00"))
                .count();
        assertEquals(2, barRects);
    }
}
