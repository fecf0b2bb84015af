package io.nianbao.ingest.security;

import io.nianbao.ingest.config.SecurityConfig;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reads are open unless {@code nianbao.security.protect-reads=true}; then they need a key (role reader). */
@ApplicationScoped
public class ReadAccess {
    @Inject
    SecurityConfig config;
    @Inject
    SecurityIdentity identity;

    public void check() {
        if (!config.protectReads()) {
            return;
        }
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (!identity.hasRole(Roles.READER)) {
            throw new ForbiddenException();
        }
    }
}
