package org.paperkg.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

/** The Spring wiring: Grobid is used for PDFs exactly when {@code paperkg.grobid.url} is set. */
class SourceWiringTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(
            SourceConfiguration.class, TeiPaperSource.class, JsonlPaperSource.class, PdfBoxPaperSource.class,
            GrobidClient.class, GrobidPdfSource.class, PubmedXmlPaperSource.class, ArxivAtomPaperSource.class,
            PaperSources.class);

    @Test
    void withoutGrobidPdfsGoToPdfBox() {
        runner.run(ctx -> {
            assertThat(ctx).hasNotFailed().doesNotHaveBean(GrobidClient.class).doesNotHaveBean(GrobidPdfSource.class);
            PaperSources sources = ctx.getBean(PaperSources.class);
            assertThat(sources.readerFor(Fixtures.input("p.pdf", TestPdfs.paper()))).isInstanceOf(PdfBoxPaperSource.class);
            assertThat(ctx.getBean(GrobidProperties.class).enabled()).isFalse();
        });
    }

    @Test
    void aBlankUrlStillMeansNoGrobid() {
        runner.withPropertyValues("paperkg.grobid.url=").run(ctx ->
                assertThat(ctx).hasNotFailed().doesNotHaveBean(GrobidPdfSource.class));
    }

    @Test
    void withAGrobidUrlPdfsGoToGrobidAndSettingsBind() {
        runner.withPropertyValues("paperkg.grobid.url=http://127.0.0.1:8070", "paperkg.grobid.read-timeout=30s",
                "paperkg.grobid.retry.max-attempts=7", "paperkg.grobid.consolidate-header=0",
                "paperkg.source.pdf-max-pages=5", "paperkg.source.jsonl-max-line=64KB").run(ctx -> {
                    assertThat(ctx).hasNotFailed().hasSingleBean(GrobidPdfSource.class);
                    PaperSources sources = ctx.getBean(PaperSources.class);
                    assertThat(sources.readerFor(Fixtures.input("p.pdf", TestPdfs.paper()))).isInstanceOf(GrobidPdfSource.class);
                    GrobidProperties grobid = ctx.getBean(GrobidProperties.class);
                    assertThat(grobid.readTimeout()).isEqualTo(Duration.ofSeconds(30));
                    assertThat(grobid.retry().maxAttempts()).isEqualTo(7);
                    assertThat(grobid.retry().initialBackoff()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(grobid.consolidateHeader()).isZero();
                    assertThat(grobid.consolidateCitations()).isZero();
                    assertThat(grobid.maxInFlight()).isEqualTo(4);
                    SourceProperties source = ctx.getBean(SourceProperties.class);
                    assertThat(source.pdfMaxPages()).isEqualTo(5);
                    assertThat(source.jsonlMaxLine()).isEqualTo(DataSize.ofKilobytes(64));
                });
    }
}
