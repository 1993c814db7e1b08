package org.paperkg.resolve;

import org.paperkg.ground.GroundedExtraction;
import org.paperkg.source.Paper;

/** Gives every extracted name its canonical key, so one thing is one node across papers. */
public interface Resolver {
    PaperGraph resolve(Paper paper, GroundedExtraction grounded);

    /**
     * Learns the name pairs a paper states ("Long Form (ACR)") without resolving it. Learning every
     * paper of a batch before resolving any makes the batch's keys independent of its order.
     */
    default void learn(Paper paper, GroundedExtraction grounded) {
    }
}
