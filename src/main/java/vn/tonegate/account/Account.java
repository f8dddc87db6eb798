package vn.tonegate.account;

import java.util.Set;

/** A signed-in console user. */
public record Account(String username, Set<Role> roles) {

    public Account {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role) || roles.contains(Role.ADMIN);
    }
}
