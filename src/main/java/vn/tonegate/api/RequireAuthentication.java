package vn.tonegate.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

/**
 * A method restricted to roles first needs somebody signed in: an anonymous caller gets 401
 * (who are you?), a signed-in caller without the role gets 403 from the role check that follows.
 */
public class RequireAuthentication implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        if (resource.getResourceMethod().isAnnotationPresent(RolesAllowed.class)
                || resource.getResourceClass().isAnnotationPresent(RolesAllowed.class)) {
            context.register(new Filter());
        }
    }

    @Priority(Priorities.AUTHENTICATION + 1)
    static final class Filter implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            if (request.getSecurityContext().getUserPrincipal() == null) {
                throw new ApiException(401, "unauthenticated", Messages.UNAUTHENTICATED);
            }
        }
    }
}
