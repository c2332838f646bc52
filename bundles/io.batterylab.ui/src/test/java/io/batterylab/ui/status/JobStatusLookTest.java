package io.batterylab.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.training.JobStatus;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class JobStatusLookTest {
    /** Pixels (of the 32 px twins) whose grey level differs clearly: shapes, not hues, must tell icons apart. */
    private static final int MIN_DIFFERENT_PIXELS = 80;

    @Test
    void givenEveryJobStatusWhenShownThenEachHasItsOwnLookAndWord() {
        Set<JobStatusLook> looks = Arrays.stream(JobStatus.values()).map(JobStatusLook::of)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(JobStatusLook.class)));
        assertEquals(EnumSet.allOf(JobStatusLook.class), looks, "one look per status");
        assertEquals("Queued", JobStatusLook.of(JobStatus.PENDING).word());
        assertEquals("Done", JobStatusLook.of(JobStatus.SUCCEEDED).word());
        assertEquals("Cancelled", JobStatusLook.of(JobStatus.CANCELED).word());
    }

    @Test
    void givenTheIconsWhenReadThenEachIsSixteenPixelsWithADoubleSizeTwin() throws IOException {
        for (JobStatusLook look : JobStatusLook.values()) {
            BufferedImage icon = read(look.iconPath());
            BufferedImage twin = read(look.iconPath().replace(".png", "@2x.png"));
            assertEquals(16, icon.getWidth(), look + " width");
            assertEquals(16, icon.getHeight(), look + " height");
            assertEquals(32, twin.getWidth(), look + " @2x width");
        }
    }

    @Test
    void givenTheIconsInGreyOnWhiteWhenComparedPairwiseThenTheirShapesDiffer() throws IOException {
        JobStatusLook[] all = JobStatusLook.values();
        for (int i = 0; i < all.length; i++) {
            for (int j = i + 1; j < all.length; j++) {
                int different = differentGreyPixels(read(all[i].iconPath().replace(".png", "@2x.png")),
                        read(all[j].iconPath().replace(".png", "@2x.png")));
                assertTrue(different >= MIN_DIFFERENT_PIXELS, all[i] + " and " + all[j]
                        + " look alike without colour: " + different + " pixels differ");
            }
        }
    }

    private static int differentGreyPixels(BufferedImage a, BufferedImage b) {
        int count = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (Math.abs(greyOnWhite(a.getRGB(x, y)) - greyOnWhite(b.getRGB(x, y))) > 64) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The pixel's grey level (0..255) as printed in black and white on a white table. */
    private static double greyOnWhite(int argb) {
        double alpha = (argb >>> 24) / 255.0;
        double grey = 0.299 * (argb >> 16 & 0xFF) + 0.587 * (argb >> 8 & 0xFF) + 0.114 * (argb & 0xFF);
        return alpha * grey + (1 - alpha) * 255;
    }

    private static BufferedImage read(String iconPath) throws IOException {
        BufferedImage image = ImageIO.read(Path.of("." + iconPath).toFile());
        assertTrue(image != null, iconPath + " is a PNG");
        return image;
    }
}
