package io.batterylab.plugins.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VersionRangeTest {
    @Test
    void givenTheFrameworksFilterOfAnImportRangeWhenReadThenBoundsAndInclusionAreKept() {
        VersionRange range = VersionRange.ofFilter("(&(osgi.wiring.package=a)(version>=1.2.0)(!(version>=2.0.0)))");

        assertEquals("version [1.2.0,2.0.0)", range.toString());
        assertTrue(range.includes("1.2.0"));
        assertTrue(range.includes("1.9.9.qualifier"));
        assertFalse(range.includes("2.0.0"));
        assertFalse(range.includes("1.1.9"));
        assertEquals(1, range.lowerMajor());
    }

    @Test
    void givenAnExclusiveLowerAndInclusiveUpperBoundWhenReadThenTheyAreWrittenAsSuch() {
        VersionRange range = VersionRange.ofFilter("(&(a=b)(!(version<=1.0.0))(version<=3.0.0))");

        assertEquals("version (1.0.0,3.0.0]", range.toString());
        assertFalse(range.includes("1.0.0"));
        assertTrue(range.includes("3.0.0"));
    }

    @Test
    void givenNoVersionInTheFilterWhenReadThenAnyVersionMatches() {
        VersionRange range = VersionRange.ofFilter("(osgi.wiring.package=a)");

        assertEquals("any version", range.toString());
        assertTrue(range.includes("0.0.1"));
    }
}
