package com.salesdiag.service.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is asking: the name recorded beside what they did, their roles, and for a manager the departments they
 * manage. Read from the authorities of the authenticated user, whether a configured user or a JWT.
 */
public record Caller(String name, Set<Role> roles, Set<String> departments) {

    /** Departments travel as authorities, {@code DEPARTMENT:north-west}, so that both logins carry them alike. */
    public static final String DEPARTMENT_PREFIX = "DEPARTMENT:";

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        departments = Collections.unmodifiableSet(new TreeSet<>(departments));
    }

    public static Caller of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return new Caller("anonymous", Set.of(), Set.of());
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<String> departments = new TreeSet<>();
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            String authority = granted.getAuthority();
            if (authority == null) {
                continue;
            }
            if (authority.startsWith(DEPARTMENT_PREFIX)) {
                departments.add(authority.substring(DEPARTMENT_PREFIX.length()));
            }
            for (Role role : Role.values()) {
                if (role.authority().equals(authority)) {
                    roles.add(role);
                }
            }
        }
        return new Caller(authentication.getName(), roles, departments);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** HR and administrators read every department's records; anyone else only their own departments'. */
    public boolean seesAllDepartments() {
        return has(Role.HR) || has(Role.ADMIN);
    }
}
