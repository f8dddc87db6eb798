package vn.tonegate.scoring;

import vn.tonegate.text.Draft;

/** Scores drafts with the current lexicon. Thread-safe. */
public interface Scorer {

    Score score(Draft draft);
}
