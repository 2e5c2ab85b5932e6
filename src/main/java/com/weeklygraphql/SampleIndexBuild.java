package com.weeklygraphql;

import com.weeklygraphql.content.index.SampleIndexArchive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Run by the build after the sample's bundle is written: starts this service (on a free loopback port) on the
 * embedded sample and an empty data dir, so that its first sync indexes the sample exactly as a first start would,
 * then packs that index into the jar ({@link SampleIndexArchive}). The only argument is where to write it.
 */
public final class SampleIndexBuild {

    private SampleIndexBuild() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        Path dataDir = Files.createTempDirectory("sample-index-build");
        try {
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WeeklyGraphqlApplication.class)
                    .run("--content.data-dir=" + dataDir, "--content.sync.interval=0", "--server.port=0",
                            "--server.address=127.0.0.1", "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
                // the context is up once the first snapshot is served: its index is committed
            }
            SampleIndexArchive.pack(dataDir.resolve("index"), target);
        } finally {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }
}
