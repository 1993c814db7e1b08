package org.paperkg.extract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A research task the paper addresses, as named in the text, with the supporting sentence. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskMention(String name, String evidence) {
}
