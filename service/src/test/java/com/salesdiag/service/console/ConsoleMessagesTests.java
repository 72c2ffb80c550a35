package com.salesdiag.service.console;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word of the console is in both languages: the English and Italian bundles have the same keys, and every key a
 * template names is in them (a missing one would show as ??key?? on the page).
 */
class ConsoleMessagesTests {

    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final Pattern KEY = Pattern.compile("#\\{(console\\.[A-Za-z.]+)[(}]");

    @Test
    void bothLanguagesHaveEveryKeyTheTemplatesUse() throws IOException {
        Properties english = load("messages-console.properties");
        Properties italian = load("messages-console_it.properties");
        assertThat(italian.stringPropertyNames()).isEqualTo(english.stringPropertyNames());

        Set<String> used = new HashSet<>();
        try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = KEY.matcher(Files.readString(template));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(english.stringPropertyNames()).containsAll(used);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve(name))) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
