package vn.tonegate.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only log of decisions, overrides, policy and lexicon changes. There is no
 * update or delete here on purpose: a supervisor must be able to trust what it shows.
 */
public final class AuditLog {

    private final Transactions tx;

    public AuditLog(Transactions tx) {
        this.tx = tx;
    }

    /** Appends in its own transaction. */
    public void append(AuditRecord record) {
        tx.run("append to the audit log", c -> {
            appendIn(c, record);
            return null;
        });
    }

    /** Appends inside the caller's transaction, so the log and the change commit together. */
    public static void appendIn(Connection c, AuditRecord r) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT)) {
            bind(s, 1, r);
            s.executeUpdate();
        }
    }

    static final String INSERT = "INSERT INTO audit (at, actor, action, portal_id, subject, "
            + "before_json, after_json, lexicon_version, text_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Binds a record to {@link #INSERT}'s nine parameters, the first at {@code first}. */
    static void bind(PreparedStatement s, int first, AuditRecord r) throws SQLException {
        Sql.instant(s, first, r.at());
        s.setString(first + 1, r.actor());
        s.setString(first + 2, r.action());
        s.setString(first + 3, r.portalId());
        s.setString(first + 4, r.subject());
        s.setString(first + 5, r.before());
        s.setString(first + 6, r.after());
        if (r.lexiconVersion() == null) {
            s.setNull(first + 7, Types.BIGINT);
        } else {
            s.setLong(first + 7, r.lexiconVersion());
        }
        s.setString(first + 8, r.textHash());
    }

    /**
     * The newest records first, optionally of one portal and one action ({@code "lexicon_*"}
     * for every action that starts so), before a record id (for paging back through history).
     */
    public List<AuditRecord> recent(String portalId, String action, Long beforeId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (portalId != null) {
            sql.append(" AND portal_id = ?");
            args.add(portalId);
        }
        if (action != null && action.endsWith("*")) {
            sql.append(" AND action LIKE ?");
            args.add(action.substring(0, action.length() - 1).replace("_", "\\_") + "%");
        } else if (action != null) {
            sql.append(" AND action = ?");
            args.add(action);
        }
        if (beforeId != null) {
            sql.append(" AND id < ?");
            args.add(beforeId);
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        args.add(limit);
        return tx.read("read the audit log", c -> {
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    s.setObject(i + 1, args.get(i));
                }
                List<AuditRecord> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        long version = r.getLong("lexicon_version");
                        Long lexiconVersion = r.wasNull() ? null : version;
                        out.add(new AuditRecord(r.getLong("id"), Sql.instant(r, "at"), r.getString("actor"),
                                r.getString("action"), r.getString("portal_id"), r.getString("subject"),
                                r.getString("before_json"), r.getString("after_json"),
                                lexiconVersion, r.getString("text_hash")));
                    }
                }
                return out;
            }
        });
    }
}
