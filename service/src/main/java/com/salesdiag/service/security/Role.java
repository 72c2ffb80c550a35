package com.salesdiag.service.security;

/** What a user may do. Who holds which comes from configuration (demo users) or from a JWT claim (OIDC). */
public enum Role {
    /** Diagnoses, and reads the history of their own departments. */
    MANAGER,
    /** Manages the rules: reload, check, catalogue, versions. Reloading rules is code execution. */
    ANALYST,
    /** Reads every diagnosis, and reviews and decides the HR cases. */
    HR,
    /** Operates the service: everything but deciding HR cases, which only HR does. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
