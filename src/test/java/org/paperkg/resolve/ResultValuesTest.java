package org.paperkg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResultValuesTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            +5.7%              | 5.7    | %
            5.7 %              | 5.7    | %
            ５.７％              | 5.7    | %
            0.912              | 0.912  | null
            92.3 F1            | 92.3   | null
            −3.2%              | -3.2   | %
            -0.4 pp            | -0.4   | pp
            提升了3.2个百分点       | 3.2    | pp
            1,024 ms           | 1024.0 | ms
            2.5x               | 2.5    | x
            约30%               | 30.0   | %
            92.3±0.4           | 92.3   | null
            .85                | 0.85   | null
            12万                | 12.0   | 万
            7B                 | 7.0    | B
            3 points           | 3.0    | pp
            5 seconds          | 5.0    | null
            n/a                | null   | null
            """)
    void parses(String value, Double number, String unit) {
        ResultValues.Parsed p = ResultValues.parse(value);
        assertThat(p.number()).isEqualTo(number);
        assertThat(p.unit()).isEqualTo(unit);
    }
}
