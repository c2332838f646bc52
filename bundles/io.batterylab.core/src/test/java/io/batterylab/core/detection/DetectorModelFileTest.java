package io.batterylab.core.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.core.settings.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetectorModelFileTest {
    record RuleSettings(@Setting(label = "Limit", min = 0, max = 100) double limit,
            @Setting(label = "Span", min = 1, max = 60) int span, boolean strict, String name) {
    }

    private static Detector detector(String id) {
        return new Detector() {
            public String id() {
                return id;
            }

            public String displayName() {
                return id;
            }

            public String version() {
                return "1.0";
            }

            public List<String> channels() {
                return List.of(Channels.TEMP_INTERNAL);
            }

            public WindowSpec window() {
                return WindowSpec.DEVICE_DEFAULT;
            }

            public boolean needsTrainedModel() {
                return false;
            }

            public Class<? extends Record> settingsType() {
                return RuleSettings.class;
            }

            public Record defaultSettings() {
                return new RuleSettings(1, 2, false, "x");
            }

            public DetectorModel train(LabelledWindows data, Record settings) {
                throw new UnsupportedOperationException();
            }

            public DetectorModel load(Path directory) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void givenSavedSettings_whenReadBack_thenEqual(@TempDir Path dir) throws IOException {
        RuleSettings settings = new RuleSettings(12.5, 20, true, "ceiling = 80 °C");
        DetectorModelFile.write(dir, detector("rise"), settings);

        assertEquals(settings, DetectorModelFile.read(dir, detector("rise"), RuleSettings.class));
    }

    @Test
    void givenModelOfAnotherDetector_whenRead_thenRefusedNamingBoth(@TempDir Path dir) throws IOException {
        DetectorModelFile.write(dir, detector("rise"), new RuleSettings(1, 2, false, "x"));

        IOException e = assertThrows(IOException.class,
                () -> DetectorModelFile.read(dir, detector("forest"), RuleSettings.class));
        assertTrue(e.getMessage().contains("'rise', not 'forest'"), e.getMessage());
    }

    @Test
    void givenNoManifest_whenRead_thenNotADetectorModel(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class,
                () -> DetectorModelFile.read(dir, detector("rise"), RuleSettings.class));
        assertTrue(e.getMessage().startsWith("not a detector model"), e.getMessage());
    }

    @Test
    void givenDamagedSetting_whenRead_thenRefusedNamingTheSetting(@TempDir Path dir) throws IOException {
        DetectorModelFile.write(dir, detector("rise"), new RuleSettings(1, 2, false, "x"));
        Path file = dir.resolve(DetectorModelFile.NAME);
        Files.writeString(file, Files.readString(file).replace("settings.limit=1.0", "settings.limit=abc"));

        IOException e = assertThrows(IOException.class,
                () -> DetectorModelFile.read(dir, detector("rise"), RuleSettings.class));
        assertTrue(e.getMessage().contains("limit = 'abc' is not a number"), e.getMessage());
    }

    @Test
    void givenSettingOutOfBounds_whenRead_thenRefused(@TempDir Path dir) throws IOException {
        DetectorModelFile.write(dir, detector("rise"), new RuleSettings(1, 2, false, "x"));
        Path file = dir.resolve(DetectorModelFile.NAME);
        Files.writeString(file, Files.readString(file).replace("settings.span=2", "settings.span=600"));

        IOException e = assertThrows(IOException.class,
                () -> DetectorModelFile.read(dir, detector("rise"), RuleSettings.class));
        assertTrue(e.getMessage().contains("outside 1 .. 60"), e.getMessage());
    }

    @Test
    void givenOverridesAsText_whenApplied_thenOnlyThoseChange() {
        RuleSettings changed = DetectorModelFile.withOverrides(new RuleSettings(1, 2, false, "x"),
                java.util.Map.of("limit", "7.5", "strict", "true"));

        assertEquals(new RuleSettings(7.5, 2, true, "x"), changed);
    }

    @Test
    void givenUnknownOrBadOverride_whenApplied_thenRefusedNamingIt() {
        RuleSettings defaults = new RuleSettings(1, 2, false, "x");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> DetectorModelFile.withOverrides(defaults, java.util.Map.of("limt", "3")));
        assertTrue(unknown.getMessage().contains("unknown setting 'limt'; known: [limit, name, span, strict]"),
                unknown.getMessage());
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                () -> DetectorModelFile.withOverrides(defaults, java.util.Map.of("span", "600")));
        assertTrue(outside.getMessage().contains("outside 1 .. 60"), outside.getMessage());
    }

    @Test
    void givenRisks_whenMappedWithALimit_thenAlarmAtOrAboveAndClipped() {
        assertEquals(new Assessment(1, DeviceStatus.DANGER), Assessment.ofRisk(3.2, 0.5));
        assertEquals(new Assessment(0.5, DeviceStatus.DANGER), Assessment.ofRisk(0.5, 0.5));
        assertEquals(new Assessment(0, DeviceStatus.NORMAL), Assessment.ofRisk(-1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new Assessment(Double.NaN, DeviceStatus.NORMAL));
    }

    @Test
    void givenChannelOfWrongLength_whenWindowMade_thenRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SampleWindow.of(new double[] {0, 0.5}, Channels.TEMP_INTERNAL, new double[] {1}));
        assertTrue(e.getMessage().contains(Channels.TEMP_INTERNAL), e.getMessage());
    }
}
