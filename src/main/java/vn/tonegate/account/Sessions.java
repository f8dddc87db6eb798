package vn.tonegate.account;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Console sign-in sessions: a random id for the cookie and a separate random token that every
 * change must echo in a header, so another site cannot make a signed-in browser act. Kept in
 * this node's memory: a restart or another node asks for a new sign-in.
 */
public final class Sessions {

    public static final Duration IDLE = Duration.ofHours(8);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One signed-in browser. */
    public record Session(String id, String csrfToken, Account account) {
    }

    private final Cache<String, Session> live = Caffeine.newBuilder().expireAfterAccess(IDLE).maximumSize(100_000).build();

    public Session open(Account account) {
        Session s = new Session(random(), random(), account);
        live.put(s.id(), s);
        return s;
    }

    public Optional<Session> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(live.getIfPresent(id));
    }

    public void close(String id) {
        if (id != null) {
            live.invalidate(id);
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
