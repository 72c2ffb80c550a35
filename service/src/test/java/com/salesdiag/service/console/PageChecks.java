package com.salesdiag.service.console;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accessibility checks a page must pass, run in the browser on the rendered page: the page says its language; every
 * control has a label; headings start at one h1 and never skip a level; every picture (img, svg) has a text
 * alternative; every table has a caption and header cells. Each check names what fails.
 */
final class PageChecks {

    private static final String SCRIPT = """
            const problems = [];
            if (!document.documentElement.lang) problems.push('html has no lang');
            for (const c of document.querySelectorAll('input, select, textarea')) {
              if (c.type === 'hidden' || c.type === 'submit') continue;
              const labelled = (c.id && document.querySelector('label[for="' + c.id + '"]'))
                  || c.getAttribute('aria-label') || c.getAttribute('aria-labelledby') || c.closest('label');
              if (!labelled) problems.push('control without label: ' + (c.name || c.id || c.outerHTML));
            }
            const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')];
            if (document.querySelectorAll('h1').length !== 1) problems.push('h1 count: ' + document.querySelectorAll('h1').length);
            let level = 0;
            for (const h of headings) {
              const l = Number(h.tagName.substring(1));
              if (l > level + 1) problems.push('heading skips a level: ' + h.tagName + ' ' + h.textContent.trim());
              level = l;
            }
            for (const img of document.querySelectorAll('img')) {
              if (!img.hasAttribute('alt')) problems.push('img without alt: ' + img.src);
            }
            for (const svg of document.querySelectorAll('svg')) {
              const title = svg.querySelector('title');
              const named = svg.getAttribute('aria-label')
                  || (svg.getAttribute('aria-labelledby') && document.getElementById(svg.getAttribute('aria-labelledby'))
                      && document.getElementById(svg.getAttribute('aria-labelledby')).textContent.trim());
              if (svg.getAttribute('role') !== 'img' || !(named || (title && title.textContent.trim())))
                problems.push('svg without a text alternative');
            }
            for (const t of document.querySelectorAll('table')) {
              if (!t.querySelector('caption') || !t.querySelector('caption').textContent.trim()) problems.push('table without caption');
              if (!t.querySelector('th')) problems.push('table without header cells');
            }
            return problems;
            """;

    private PageChecks() {
    }

    @SuppressWarnings("unchecked")
    static void assertAccessible(WebDriver browser) {
        List<String> problems = (List<String>) ((JavascriptExecutor) browser).executeScript(SCRIPT);
        assertThat(problems).as("accessibility of " + browser.getCurrentUrl()).isEmpty();
    }
}
