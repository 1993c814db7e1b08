package org.paperkg.ground;

import org.paperkg.extract.ExtractionResult;
import org.paperkg.source.Paper;

/** Keeps only what the paper's own text supports. */
public interface Grounder {
    GroundedExtraction ground(Paper paper, ExtractionResult result);
}
