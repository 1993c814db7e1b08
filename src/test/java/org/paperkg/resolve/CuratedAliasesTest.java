package org.paperkg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checks on the bundled alias file itself: a mistake in it would merge things silently. */
class CuratedAliasesTest {

    private static List<String[]> sameLines() throws IOException {
        try (InputStream in = CuratedAliasesTest.class.getClassLoader().getResourceAsStream(CuratedAliases.BUNDLED)) {
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("same\t")) {
                    out.add(line.split("\t"));
                }
            }
            return out;
        }
    }

    @Test
    void noKeyIsInTwoGroupsAndNoGroupHoldsAVariantPair() throws IOException {
        Map<String, Integer> lineOfKey = new HashMap<>();
        List<String[]> lines = sameLines();
        assertThat(lines).hasSizeGreaterThan(50);
        for (int i = 0; i < lines.size(); i++) {
            EntityLabel label = EntityLabel.valueOf(lines.get(i)[1]);
            List<String> keys = List.of(lines.get(i)[2].split("\\|")).stream().map(n -> EntityKeys.key(label, n))
                    .distinct().toList();
            for (String k : keys) {
                Integer other = lineOfKey.put(label + ":" + k, i);
                assertThat(other).as("%s %s in two groups", label, k).isNull();
                for (String k2 : keys) {
                    assertThat(EntityKeys.isVariantPair(k, k2)).as("%s / %s", k, k2).isFalse();
                }
            }
        }
    }

    @Test
    void everyNameOfALineResolvesToItsFirstName() throws IOException {
        AliasDirectory d = AliasDirectory.withCuratedAliases();
        for (String[] line : sameLines()) {
            EntityLabel label = EntityLabel.valueOf(line[1]);
            String[] names = line[2].split("\\|");
            for (String n : names) {
                assertThat(d.resolve(label, n)).as(n).isEqualTo(EntityKeys.key(label, names[0]));
            }
        }
    }
}
