package vn.tonegate.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.tonegate.lexicon.Category;
import vn.tonegate.lexicon.Entry;

/** A lexicon entry as the API reads and writes it; {@code enabled} defaults to true. */
public record EntryJson(
        Long id,
        @NotBlank @Size(max = 200) String phrase,
        @NotNull @Pattern(regexp = CATEGORIES, message = "{tonegate.category}") String category,
        @NotNull @DecimalMin("0") @DecimalMax("10") Double weight,
        @Size(max = 500) String note,
        Boolean enabled) {

    static final String CATEGORIES = "negative|positive|sensational|negator|booster|dampener|contrast|remedial|decline|improvement|deterioration|procedural|neutral";

    public static EntryJson of(Entry e) {
        return new EntryJson(e.id(), e.phrase(), e.category().jsonName(), e.weight(), e.note(), e.enabled());
    }

    public Entry toEntry() {
        return new Entry(0, phrase, Category.parse(category), weight, note, enabled == null || enabled);
    }
}
