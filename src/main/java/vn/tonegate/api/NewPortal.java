package vn.tonegate.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/portals}. */
public record NewPortal(
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,63}", message = "{tonegate.portal.id}") String id,
        @NotBlank @Size(max = 200) String name,
        @Valid PolicyJson policy) {
}
