package vn.tonegate.ledger;

import java.time.Instant;

/**
 * One line of the append-only audit log.
 *
 * @param actor   a console account, {@code cms:<portal>} for signed calls, or the person an override names
 * @param action  e.g. {@code check}, {@code override}, {@code published}, {@code policy}, {@code lexicon}
 * @param subject what was acted on: a post id, an entry id
 * @param before  JSON of the state before, or null
 * @param after   JSON of the state after, or null
 */
public record AuditRecord(long id, Instant at, String actor, String action, String portalId, String subject,
                          String before, String after, Long lexiconVersion, String textHash) {

    public static AuditRecord of(Instant at, String actor, String action, String portalId, String subject,
                                 String before, String after, Long lexiconVersion, String textHash) {
        return new AuditRecord(0, at, actor, action, portalId, subject, before, after, lexiconVersion, textHash);
    }
}
