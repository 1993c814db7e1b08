package org.paperkg.extract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A method named in the paper.
 *
 * @param name           the name as written (long form when the text gives both)
 * @param acronym        the acronym when the text gives one, else {@code null}
 * @param role           proposed, used or baseline
 * @param extendsMethods methods this one is stated to build on ({@code extends} in JSON)
 * @param improvesOn     methods this one is stated to beat
 * @param evidence       the sentence that supports the mention
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MethodMention(
        String name,
        String acronym,
        MethodRole role,
        @JsonProperty("extends") List<String> extendsMethods,
        List<String> improvesOn,
        String evidence) {

    public MethodMention {
        role = role == null ? MethodRole.USED : role;
        extendsMethods = extendsMethods == null ? List.of() : List.copyOf(extendsMethods);
        improvesOn = improvesOn == null ? List.of() : List.copyOf(improvesOn);
    }

    public static MethodMention of(String name, MethodRole role, String evidence) {
        return new MethodMention(name, null, role, List.of(), List.of(), evidence);
    }
}
