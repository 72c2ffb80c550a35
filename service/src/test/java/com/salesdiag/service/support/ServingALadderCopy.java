package com.salesdiag.service.support;

import org.junit.jupiter.api.AfterEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;

/**
 * The running service serving a copy of the ladder as an analyst's rules folder. Test classes that extend it share
 * one application (one folder); after each test the folder is put back as packaged and reloaded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServingALadderCopy {

    protected static final LadderCopy RULES = LadderCopy.create();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void rulesFolder(DynamicPropertyRegistry registry) {
        registry.add("salesdiag.rules.folder", () -> RULES.folder().toString());
    }

    @AfterEach
    void serveTheOriginalLadderAgain() throws IOException {
        if (RULES.restore() > 0) {
            new Http(port).as(Users.ANALYST).postJson("/api/v1/rules/reload", "", null);
        }
    }
}
