package com.salesdiag.service.security;

import com.salesdiag.service.support.Http;
import com.salesdiag.service.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP Basic with the demo users, as the README's commands use it: a password that matched is remembered (so the
 * bcrypt check is not paid on every request), and a wrong one is refused however recently the right one was used.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BasicLoginTests {

    @LocalServerPort
    private int port;

    @Autowired
    private PasswordEncoder passwords;

    @Test
    void theRightPasswordKeepsWorkingAndAWrongOneIsRefusedInBetween() {
        Http manager = new Http(port).as(Users.MANAGER);
        Http impostor = new Http(port).as(new Users.Login(Users.MANAGER.name(), Users.MANAGER.password() + "x"));
        Http otherUsersPassword = new Http(port).as(new Users.Login(Users.MANAGER.name(), Users.HR.password()));

        assertThat(manager.get("/api/v1/diagnoses?limit=1").statusCode()).isEqualTo(200);
        assertThat(impostor.get("/api/v1/diagnoses?limit=1").statusCode()).isEqualTo(401);
        assertThat(otherUsersPassword.get("/api/v1/diagnoses?limit=1").statusCode()).isEqualTo(401);
        assertThat(manager.get("/api/v1/diagnoses?limit=1").statusCode()).isEqualTo(200);
        assertThat(new Http(port).as(Users.HR).get("/api/v1/review-cases").statusCode()).isEqualTo(200);
    }

    @Test
    void verifiedPasswordsAreRememberedByDefault() {
        assertThat(passwords).isInstanceOf(RecentlyVerifiedPasswords.class);
    }
}
