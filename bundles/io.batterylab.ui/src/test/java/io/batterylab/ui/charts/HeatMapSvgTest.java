package io.batterylab.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HeatMapSvgTest {
    @Test
    void givenAMatrixWithAMissingColumnWhenWrittenThenEveryCellHasItsValueAndMissingIsGreyNotZero() throws Exception {
        double[][] matrix = { { 1, -0.5, Double.NaN }, { -0.5, 1, Double.NaN }, { Double.NaN, Double.NaN, Double.NaN } };

        String svg = HeatMapSvg.write("Pearson", List.of("IR", "RUL", "T&avg"), matrix);

        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList texts = doc.getElementsByTagName("text");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            words.add(texts.item(i).getTextContent());
        }
        assertEquals(2, words.stream().filter("1.00"::equals).count());
        assertEquals(2, words.stream().filter("-0.50"::equals).count());
        assertEquals(5, words.stream().filter("–"::equals).count(), "missing cells say so");
        assertTrue(words.contains("T&avg") && words.contains("missing"));
        NodeList rects = doc.getElementsByTagName("rect");
        long grey = 0;
        for (int i = 0; i < rects.getLength(); i++) {
            grey += ChartPalette.hex(DivergingScale.MISSING).equals(((Element) rects.item(i)).getAttribute("fill")) ? 1 : 0;
        }
        assertEquals(5 + 1, grey, "five missing cells and the legend's swatch");
    }
}
