package org.paperkg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ResolveWiringTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(ResolveConfiguration.class);

    @Test
    void oneDirectoryWithTheCuratedAliasesBehindTheResolver() {
        runner.run(ctx -> {
            assertThat(ctx).hasNotFailed().hasSingleBean(Resolver.class).hasSingleBean(AliasDirectory.class);
            assertThat(ctx.getBean(AliasDirectory.class).resolve(EntityLabel.Method, "图神经网络")).isEqualTo("gnn");
        });
    }

    @Test
    void anExtraAliasFileIsReadAndABadOneStopsStart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("extra.tsv");
        Files.writeString(file, "same\tDataset\tKIBA|Kinase Inhibitor BioActivity\n");
        runner.withPropertyValues("paperkg.resolve.alias-file=" + file).run(ctx -> assertThat(
                ctx.getBean(AliasDirectory.class).resolve(EntityLabel.Dataset, "kinase inhibitor bioactivity"))
                .isEqualTo("kiba"));
        runner.withPropertyValues("paperkg.resolve.alias-file=" + dir.resolve("missing.tsv")).run(ctx ->
                assertThat(ctx).hasFailed().getFailure().hasStackTraceContaining("paperkg.resolve.alias-file"));
    }
}
