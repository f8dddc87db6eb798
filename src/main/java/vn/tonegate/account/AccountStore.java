package vn.tonegate.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Console accounts in the SQL store.
 *
 * <p>Key derivation is slow on purpose, and scripts send HTTP Basic credentials with every
 * request, so a successful check is remembered for a few minutes under a digest of the
 * credentials (never the password itself).
 */
public final class AccountStore {

    public static final String ADMIN = "admin";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final DataSource dataSource;
    private final PasswordHasher hasher;
    private final Cache<String, Account> verified = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(5)).maximumSize(10_000).build();

    private final String dummyHash;

    public AccountStore(DataSource dataSource, PasswordHasher hasher) {
        this.dataSource = dataSource;
        this.hasher = hasher;
        this.dummyHash = hasher.hash("no such account".toCharArray());
    }

    /**
     * Creates the {@code admin} account on first start. Returns the password when it had to be
     * generated (no configured password), so the caller can show it once; empty otherwise.
     */
    public Optional<String> ensureAdmin(String configuredPassword) {
        if (find(ADMIN).isPresent()) {
            return Optional.empty();
        }
        boolean generate = configuredPassword == null || configuredPassword.isEmpty();
        String password = generate ? randomPassword() : configuredPassword;
        create(ADMIN, password, EnumSet.of(Role.ADMIN));
        return generate ? Optional.of(password) : Optional.empty();
    }

    public void create(String username, String password, Set<Role> roles) {
        String sql = "INSERT INTO account (username, password_hash, roles) VALUES (?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, username);
            ps.setString(2, hasher.hash(password.toCharArray()));
            ps.setString(3, roles.stream().map(Role::jsonName).sorted().collect(Collectors.joining(",")));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create account " + username, e);
        }
        verified.invalidateAll();
    }

    public Optional<Account> find(String username) {
        return row(username).map(r -> r.account);
    }

    /** The account when the password is right; empty for an unknown user or a wrong password. */
    public Optional<Account> authenticate(String username, String password) {
        String key = digest(username, password);
        Account cached = verified.getIfPresent(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Row> row = row(username);
        if (row.isEmpty()) {
            // spend the same time as a real check so timing does not reveal which users exist
            hasher.verify(password.toCharArray(), dummyHash);
            return Optional.empty();
        }
        if (!hasher.verify(password.toCharArray(), row.get().hash)) {
            return Optional.empty();
        }
        verified.put(key, row.get().account);
        return Optional.of(row.get().account);
    }

    private record Row(Account account, String hash) {
    }

    private Optional<Row> row(String username) {
        String sql = "SELECT username, password_hash, roles FROM account WHERE username = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Set<Role> roles = Arrays.stream(rs.getString(3).split(",")).filter(s -> !s.isBlank())
                        .map(Role::parse).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
                return Optional.of(new Row(new Account(rs.getString(1), roles), rs.getString(2)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read account " + username, e);
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static String digest(String username, String password) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(username.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
