package vn.tonegate.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Everything tonegate reads from its environment, read in one place. A system property
 * ({@code -Dtonegate.home=…}) wins over the environment variable ({@code TONEGATE_HOME}), so an
 * embedded container in tests can be configured without touching the process environment.
 *
 * @param home               data folder: embedded database and lexicon index ({@code TONEGATE_HOME}, default ./data)
 * @param dbUrl              JDBC URL of an external store, PostgreSQL in production ({@code TONEGATE_DB_URL})
 * @param dbUser             its user ({@code TONEGATE_DB_USER})
 * @param dbPassword         its password ({@code TONEGATE_DB_PASSWORD})
 * @param adminPassword      password of the console account admin on first start ({@code TONEGATE_ADMIN_PASSWORD})
 * @param passwordIterations PBKDF2 work factor ({@code TONEGATE_PASSWORD_ITERATIONS}, default 310,000)
 */
public record Settings(Path home, Optional<String> dbUrl, String dbUser, String dbPassword,
                       Optional<String> adminPassword, int passwordIterations) {

    public static Settings from(Map<String, String> env, Properties system) {
        Reader r = new Reader(env, system);
        return new Settings(
                Path.of(r.get("TONEGATE_HOME").orElse("data")),
                r.get("TONEGATE_DB_URL"),
                r.get("TONEGATE_DB_USER").orElse(""),
                r.get("TONEGATE_DB_PASSWORD").orElse(""),
                r.get("TONEGATE_ADMIN_PASSWORD"),
                r.get("TONEGATE_PASSWORD_ITERATIONS").map(Integer::parseInt).orElse(310_000));
    }

    public static Settings fromEnvironment() {
        return from(System.getenv(), System.getProperties());
    }

    private record Reader(Map<String, String> env, Properties system) {
        Optional<String> get(String variable) {
            String property = variable.toLowerCase().replace('_', '.');
            String value = system.getProperty(property);
            if (value == null || value.isBlank()) {
                value = env.get(variable);
            }
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
        }
    }
}
