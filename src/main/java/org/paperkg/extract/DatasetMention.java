package org.paperkg.extract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A dataset named in the paper, its role, and the supporting sentence. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DatasetMention(String name, DatasetRole role, String evidence) {
    public DatasetMention {
        role = role == null ? DatasetRole.USED : role;
    }
}
