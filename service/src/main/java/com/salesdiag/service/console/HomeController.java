package com.salesdiag.service.console;

import com.salesdiag.service.security.Caller;
import com.salesdiag.service.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Sign-in, the start page (each role's journeys) and the page of a refusal. */
@Controller
class HomeController {

    @GetMapping("/login")
    String login() {
        return "console/login";
    }

    @GetMapping({"/", "/console"})
    String home(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (caller.has(Role.MANAGER)) {
            return "redirect:/console/diagnoses/new";
        }
        if (caller.has(Role.HR) || caller.has(Role.ADMIN)) {
            return "redirect:/console/cases";
        }
        if (caller.has(Role.ANALYST)) {
            return "redirect:/console/rules";
        }
        return "console/home";
    }

    /** Forwarded to by the security chain, with the refused request's method (a form's POST too). */
    @RequestMapping("/console/denied")
    String denied() {
        return "console/denied";
    }
}
