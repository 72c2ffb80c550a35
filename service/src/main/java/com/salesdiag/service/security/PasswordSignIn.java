package com.salesdiag.service.security;

/**
 * Whether the users of {@code salesdiag.security.users} sign in with their passwords: HTTP Basic on the API and the
 * sign-in form of the console, under one switch. {@code salesdiag.security.http-basic} decides when set; unset, they
 * do unless an OpenID Connect provider is configured (bearer JWTs for the API, or the console's sign-in through it),
 * so that a production setup with a provider does not keep the demo users by mistake.
 */
public record PasswordSignIn(boolean enabled) {
}
