package io.batterylab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UploadFileNameTest {

    @Test
    void givenPathTraversalInNameWhenCleanedThenOnlyTheLastSegmentRemains() {
        assertEquals("passwd.csv", UploadFileName.displayName("../../etc/passwd.csv"));
        assertEquals("cells.xlsx", UploadFileName.displayName("C:\\Users\\me\\..\\cells.xlsx"));
        assertEquals("upload", UploadFileName.displayName(".."));
        assertEquals("upload", UploadFileName.displayName("dir/"));
    }

    @Test
    void givenControlCharactersWhenCleanedThenRemoved() {
        assertEquals("ab.csv", UploadFileName.displayName("a\u0000b\n.csv"));
    }

    @Test
    void givenNamesWhenExtensionReadThenLowerCaseWithoutDot() {
        assertEquals("mat", UploadFileName.extension("Severson.MAT"));
        assertEquals("", UploadFileName.extension("README"));
        assertEquals("", UploadFileName.extension(".hidden"));
        assertEquals("", UploadFileName.extension("trailing."));
    }
}
