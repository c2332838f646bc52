package io.batterylab.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.MysqlDataSource;
import io.batterylab.storage.StorageConfig;
import java.nio.file.Path;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class VendorDataSourcesTest {
    private final Path home = Path.of("/srv/lab");

    @Test
    void givenNoUrl_thenTheH2DataSourceOpensTheEmbeddedFile() {
        JdbcDataSource h2 = assertInstanceOf(JdbcDataSource.class,
                VendorDataSources.create(StorageConfig.embedded(home)));

        assertEquals("jdbc:h2:file:/srv/lab/db/batterylab;MODE=MySQL;DATABASE_TO_LOWER=TRUE", h2.getURL());
    }

    @Test
    void givenMysqlUrl_thenTheMysqlDataSourceBatchesInserts() throws Exception {
        MysqlDataSource mysql = assertInstanceOf(MysqlDataSource.class,
                VendorDataSources.create(new StorageConfig(home, "jdbc:mysql://db:3306/lab", "lab", "pw")));

        assertEquals("jdbc:mysql://db:3306/lab", mysql.getURL());
        assertEquals("lab", mysql.getUser());
        assertTrue(mysql.getRewriteBatchedStatements());
    }

    @Test
    void givenOtherDatabase_thenRejectedWithoutEchoingUrlParameters() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VendorDataSources
                .create(new StorageConfig(home, "jdbc:postgresql://db/lab?password=hunter2", null, null)));

        assertTrue(e.getMessage().startsWith("Unsupported database URL 'jdbc:postgresql://db/lab'"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"));
    }
}
