package com.salesdiag.service.security;

import com.salesdiag.service.system.ProblemException;
import com.salesdiag.service.system.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is asking: the name recorded beside what they did, their roles, for a manager the departments they manage,
 * and, where one service serves several companies, the companies the caller belongs to (none named: every company,
 * as in a service of one company). Read from the authorities of the authenticated user, whether a configured user
 * or a JWT.
 */
public record Caller(String name, Set<Role> roles, Set<String> departments, Set<String> companies) {

    /** Departments travel as authorities, {@code DEPARTMENT:north-west}, so that both logins carry them alike. */
    public static final String DEPARTMENT_PREFIX = "DEPARTMENT:";
    /** Companies too: {@code COMPANY:padana}. */
    public static final String COMPANY_PREFIX = "COMPANY:";

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        departments = Collections.unmodifiableSet(new TreeSet<>(departments));
        companies = Collections.unmodifiableSet(new TreeSet<>(companies));
    }

    public static Caller of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return new Caller("anonymous", Set.of(), Set.of(), Set.of());
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<String> departments = new TreeSet<>();
        Set<String> companies = new TreeSet<>();
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            String authority = granted.getAuthority();
            if (authority == null) {
                continue;
            }
            if (authority.startsWith(DEPARTMENT_PREFIX)) {
                departments.add(authority.substring(DEPARTMENT_PREFIX.length()));
            }
            if (authority.startsWith(COMPANY_PREFIX)) {
                companies.add(authority.substring(COMPANY_PREFIX.length()));
            }
            for (Role role : Role.values()) {
                if (role.authority().equals(authority)) {
                    roles.add(role);
                }
            }
        }
        return new Caller(authentication.getName(), roles, departments, companies);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The companies whose records the caller may read and diagnose; null for every company. */
    public Set<String> companyScope() {
        return companies.isEmpty() ? null : companies;
    }

    /** Whether the caller belongs to {@code company} (always, when no company is named for the caller). */
    public boolean belongsTo(String company) {
        return companies.isEmpty() || companies.contains(company);
    }

    /**
     * Refuses (403) a request about a company the caller does not belong to; {@code messageCode} explains it, given
     * the caller's name, that company and the caller's companies. A null company concerns no company in particular.
     */
    public void requireCompany(String company, String messageCode) {
        if (company != null && !belongsTo(company)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, messageCode, name, company,
                    String.join(", ", companies));
        }
    }

    /**
     * The departments whose salespeople the caller's diagnoses may open review cases for: a manager's own; null
     * (every department) for HR and administrators. A manager may diagnose any company's facts, but what HR is
     * asked to review about a person comes only from that person's manager.
     */
    public Set<String> caseDepartments() {
        return seesAllDepartments() ? null : departments;
    }

    /** HR and administrators read every department's records; anyone else only their own departments'. */
    public boolean seesAllDepartments() {
        return has(Role.HR) || has(Role.ADMIN);
    }
}
