/**
 * Vietnamese text, before any sentiment logic: a draft's title, sapo and body (plain text or
 * CMS HTML) become {@link vn.tonegate.text.Token syllable tokens} carrying two matching keys
 * and UTF-16 offsets into the field exactly as it was sent.
 *
 * <p>Matching keys are normalized (NFC, one tone-placement style, Đ look-alikes, lower case) so
 * that "Hoà", "hòa" and the NFD spelling of either meet the same lexicon entry, while offsets
 * always point into the original string so a browser can highlight what the editor wrote.
 * This package depends on nothing else in tonegate.
 */
package vn.tonegate.text;
