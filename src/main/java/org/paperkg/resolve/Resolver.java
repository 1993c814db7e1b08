package org.paperkg.resolve;

import org.paperkg.ground.GroundedExtraction;
import org.paperkg.source.Paper;

/** Gives every extracted name its canonical key, so one thing is one node across papers. */
public interface Resolver {
    PaperGraph resolve(Paper paper, GroundedExtraction grounded);
}
