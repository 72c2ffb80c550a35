package com.salesdiag.service.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConfiguredUsersTests {

    @Test
    void aConfiguredUserCarriesRolesDepartmentsAndCompaniesToTheCaller() {
        SecurityProperties properties = new SecurityProperties(List.of(new SecurityProperties.User("giulia",
                "{noop}secret", List.of(Role.MANAGER), List.of("north-west"), List.of("padana"))), null,
                new SecurityProperties.Oidc("roles", "departments", "preferred_username", "companies"), null, null);
        UserDetails user = new SecurityConfiguration().configuredUsers(properties, null).loadUserByUsername("giulia");

        Caller caller = Caller.of(UsernamePasswordAuthenticationToken.authenticated("giulia", null,
                user.getAuthorities()));
        assertThat(caller.roles()).containsExactly(Role.MANAGER);
        assertThat(caller.departments()).containsExactly("north-west");
        assertThat(caller.companies()).containsExactly("padana");
        assertThat(caller.belongsTo("padana")).isTrue();
        assertThat(caller.belongsTo("other")).isFalse();
    }

    @Test
    void aUserWhoNamesNoCompanyBelongsToEvery() {
        Caller caller = Caller.of(UsernamePasswordAuthenticationToken.authenticated("admin", null, List.of()));
        assertThat(caller.companyScope()).isNull();
        assertThat(caller.belongsTo("any")).isTrue();
    }
}
