package org.paperkg.extract.model;

/**
 * One training sequence.
 *
 * @param features hashed feature ids per position (see {@link FeatureRows})
 * @param labels   per head, the class of every position, or {@code null} where this example has no
 *                 labels for that head (it then does not train that head)
 */
public record SequenceExample(int[][] features, int[][] labels) {

    public SequenceExample {
        for (int[] l : labels) {
            if (l != null && l.length != features.length) {
                throw new IllegalArgumentException(features.length + " positions but " + l.length + " labels");
            }
        }
    }
}
