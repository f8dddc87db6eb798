-- Console accounts (webmaster, supervisor, admin). Passwords are stored as PBKDF2 hashes.
CREATE TABLE account (
    username      VARCHAR(64)  NOT NULL PRIMARY KEY,
    password_hash VARCHAR(512) NOT NULL,
    roles         VARCHAR(256) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
