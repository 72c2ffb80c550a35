package com.salesdiag.service.console;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accessibility checks a page must pass, run in the browser on the rendered page (axe-core is not served as a WebJar
 * from Maven Central, so these are the product's own): the page says its language; every control has a label;
 * headings start at one h1 and never skip a level; every picture (img, svg) has a text alternative; every table has
 * a caption and header cells; ids are unique; every link and button has a name; every control is reached with the
 * keyboard and shows where the focus is; and every piece of text keeps the WCAG AA contrast with what is behind it
 * (4.5:1, 3:1 for large text), as the browser computes its colours from the stylesheet. Each check names what fails.
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
            const ids = new Set();
            for (const e of document.querySelectorAll('[id]')) {
              if (ids.has(e.id)) problems.push('id used twice: ' + e.id);
              ids.add(e.id);
            }
            for (const e of document.querySelectorAll('[aria-describedby], [aria-labelledby]')) {
              for (const attribute of ['aria-describedby', 'aria-labelledby']) {
                for (const id of (e.getAttribute(attribute) || '').split(/\\s+/).filter(Boolean)) {
                  if (!document.getElementById(id)) problems.push(attribute + ' names no element: ' + id);
                }
              }
            }
            for (const e of document.querySelectorAll('a[href], button')) {
              if (!(e.textContent.trim() || e.getAttribute('aria-label') || e.getAttribute('title')))
                problems.push('link or button without a name: ' + e.outerHTML.substring(0, 80));
            }

            // the keyboard: every control is in the tab order, and shows a visible outline when it has the focus
            const shown = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0
                && getComputedStyle(e).visibility !== 'hidden'; };
            const before = document.activeElement;
            for (const e of document.querySelectorAll('a[href], button, input, select, textarea, summary')) {
              if (e.type === 'hidden' || !shown(e)) continue;
              if (e.tabIndex < 0) { problems.push('not reachable with the keyboard: ' + e.outerHTML.substring(0, 80)); continue; }
              e.focus();
              const style = getComputedStyle(e);
              if (document.activeElement !== e) problems.push('cannot take the focus: ' + e.outerHTML.substring(0, 80));
              else if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0)
                problems.push('no visible focus: ' + e.outerHTML.substring(0, 80));
            }
            // the focus back where it was, so that the check leaves no mark on the page (nor on a screenshot)
            if (before && before !== document.body && before.focus) before.focus();
            else if (document.activeElement && document.activeElement.blur) document.activeElement.blur();

            // contrast (WCAG 2.x, AA): each element's own text against the first opaque background behind it
            const rgb = c => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
              const p = m[1].split(',').map(x => parseFloat(x)); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
            const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
              return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
            const background = e => { for (let n = e; n && n.nodeType === 1; n = n.parentElement) {
                const c = rgb(getComputedStyle(n).backgroundColor); if (c && c.a > 0) return c; }
              return {r: 255, g: 255, b: 255, a: 1}; };
            const checked = new Set();
            for (const e of document.body.querySelectorAll('*')) {
              if (e.closest('svg') || !shown(e)) continue;
              const own = [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
              if (!own) continue;
              const style = getComputedStyle(e);
              const fg = rgb(style.color), bg = background(e);
              const l1 = lum(fg), l2 = lum(bg);
              const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
              const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight) >= 700;
              const large = size >= 24 || (bold && size >= 18.66);
              const needed = large ? 3 : 4.5;
              const key = style.color + '/' + JSON.stringify(bg) + '/' + needed;
              if (ratio < needed && !checked.has(key)) {
                checked.add(key);
                problems.push('contrast ' + ratio.toFixed(2) + ':1 < ' + needed + ':1 for "' + e.textContent.trim().substring(0, 40)
                    + '" (' + style.color + ' on rgb(' + bg.r + ', ' + bg.g + ', ' + bg.b + '))');
              }
            }
            // the charts: their labels against the page
            for (const t of document.querySelectorAll('svg text')) {
              const fill = rgb(getComputedStyle(t).fill);
              if (!fill) continue;
              const l1 = lum(fill), l2 = lum(background(t.closest('svg')));
              if ((Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05) < 4.5)
                problems.push('chart label with too little contrast: ' + t.textContent.trim());
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

    /** The checks themselves, on a page made to break them: each must find what is wrong. */
    @SuppressWarnings("unchecked")
    static List<String> problemsOf(WebDriver browser) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(SCRIPT);
    }
}
