package com.salesdiag.service.console.rules;

import com.salesdiag.engine.rules.LoadAttempt;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A publish the reload accepted, told on the page it returns to (after a redirect, so that reloading that page
 * does not publish again): the version now serving, the one it replaced, the scenarios that hold. Plain values:
 * the flash lives in the session until the next page.
 */
final class Published {

    private Published() {
    }

    static void flash(RedirectAttributes redirect, LoadAttempt attempt, String replaced) {
        redirect.addFlashAttribute("publishedVersion", attempt.version());
        redirect.addFlashAttribute("replacedVersion", replaced);
        redirect.addFlashAttribute("scenariosHeld", attempt.scenariosRun());
    }
}
