package com.salesdiag.service.console;

import com.salesdiag.service.security.Caller;
import com.salesdiag.service.security.OidcSignIn;
import com.salesdiag.service.security.PasswordSignIn;
import com.salesdiag.service.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import java.util.Locale;

import java.util.List;

/** Sign-in, the start page (each role's journeys) and the page of a refusal. */
@Controller
class HomeController {

    private final ConsoleErrorPages errors;
    private final PasswordSignIn passwords;
    private final OidcSignIn oidc;

    HomeController(ConsoleErrorPages errors, PasswordSignIn passwords, OidcSignIn oidc) {
        this.errors = errors;
        this.passwords = passwords;
        this.oidc = oidc;
    }

    /** The form for the configured users, when they sign in with passwords, and a link per OpenID Connect provider. */
    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("passwords", passwords.enabled());
        model.addAttribute("providers", oidc.configured() ? oidc.providers() : List.of());
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
    ModelAndView denied(HttpServletRequest request, Authentication authentication, Locale locale) {
        return errors.page(HttpStatus.FORBIDDEN.value(), request, authentication, locale);
    }
}
