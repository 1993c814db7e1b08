package org.paperkg.eval;

import org.paperkg.extract.EntityType;
import java.util.List;
import java.util.Set;

/**
 * A loaded gold dataset split.
 *
 * @param name   the dataset's name ({@code scierc}, {@code csabstruct}, …)
 * @param docs   its documents
 * @param types  the paper-kg entity types the dataset annotates (others are not scored on it)
 * @param roles  true when it has gold sentence roles
 */
public record Dataset(String name, List<GoldDoc> docs, Set<EntityType> types, boolean roles) {
    public Dataset {
        docs = List.copyOf(docs);
        types = Set.copyOf(types);
    }
}
