package org.paperkg.source;

/**
 * A person who wrote a paper.
 *
 * @param name  the name as printed (never blank)
 * @param orcid the ORCID iD when the source gives one, else {@code null}
 */
public record Author(String name, String orcid) {
    public Author {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("author name must not be blank");
        }
        name = name.strip();
    }

    public static Author named(String name) {
        return new Author(name, null);
    }
}
