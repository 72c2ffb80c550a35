package com.salesdiag.service.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The console's sign-in through an OpenID Connect provider (authorization code flow), when
 * {@code spring.security.oauth2.client.registration.<id>.*} and {@code ...provider.<id>.issuer-uri} are set, as
 * Spring Boot documents them. Boot's own client auto-configuration is excluded for the reason
 * {@link ConfiguredJwtDecoder} gives (fast-start's ahead-of-time bean definitions would freeze its conditions at
 * build time): the registrations are read here from the same settings. The provider's endpoints are discovered from
 * its issuer at the first sign-in, not at start, so that the service starts while the provider is away; a failed
 * discovery is logged and tried again at the next sign-in. The user's name, roles, departments and companies come
 * from the ID token (and user info) claims named under {@code salesdiag.security.oidc.*}, as for bearer JWTs.
 */
public final class OidcSignIn {

    private static final Logger log = LoggerFactory.getLogger(OidcSignIn.class);

    /** A provider the sign-in page offers: its registration id and the name shown. */
    public record Provider(String id, String name) {
    }

    private final OAuth2ClientProperties properties;
    private final SecurityProperties.Oidc claims;
    private final Map<String, ClientRegistration> discovered = new ConcurrentHashMap<>();

    OidcSignIn(OAuth2ClientProperties properties, SecurityProperties.Oidc claims) {
        this.properties = properties;
        this.claims = claims;
    }

    public boolean configured() {
        return !properties.getRegistration().isEmpty();
    }

    public List<Provider> providers() {
        return properties.getRegistration().entrySet().stream().map(entry -> {
            OAuth2ClientProperties.Registration registration = entry.getValue();
            String name = registration.getClientName() != null ? registration.getClientName()
                    : registration.getProvider() != null ? registration.getProvider() : entry.getKey();
            return new Provider(entry.getKey(), name);
        }).toList();
    }

    /** The registrations, each with the endpoints its issuer publishes, discovered when first asked for. */
    public ClientRegistrationRepository registrations() {
        return this::registration;
    }

    private ClientRegistration registration(String id) {
        ClientRegistration known = discovered.get(id);
        if (known != null) {
            return known;
        }
        OAuth2ClientProperties.Registration registration = properties.getRegistration().get(id);
        if (registration == null) {
            return null;
        }
        // one registration at a time, so that a provider away does not keep the others from signing anyone in
        OAuth2ClientProperties one = new OAuth2ClientProperties();
        one.getRegistration().put(id, registration);
        String provider = registration.getProvider() != null ? registration.getProvider() : id;
        if (properties.getProvider().containsKey(provider)) {
            one.getProvider().put(provider, properties.getProvider().get(provider));
        }
        try {
            ClientRegistration found = new OAuth2ClientPropertiesMapper(one).asClientRegistrations().get(id);
            discovered.put(id, found);
            return found;
        } catch (RuntimeException e) {
            log.atError().setCause(e).addKeyValue("registration", id)
                    .log("OpenID Connect provider not reachable for the console's sign-in");
            return null;
        }
    }

    /** The signed-in user, with the roles, departments and companies their claims give, named as on the API. */
    public OAuth2UserService<OidcUserRequest, OidcUser> users() {
        OidcUserService standard = new OidcUserService();
        return request -> {
            OidcUser user = standard.loadUser(request);
            Map<String, Object> userClaims = user.getClaims();
            // the name is a top-level claim of the user's; a dotted or absent one falls back to the subject
            String nameClaim = userClaims.get(claims.usernameClaim()) instanceof String ? claims.usernameClaim() : "sub";
            return new DefaultOidcUser(ClaimAuthorities.of(userClaims, claims), user.getIdToken(), user.getUserInfo(),
                    nameClaim);
        };
    }
}
