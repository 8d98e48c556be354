#pragma once
// Lower-casing and capital letters beyond ASCII (UTF-8), through ICU's simple case mappings:
// "ÜLKE" -> "ülke", "ΒΟΥΛΉ" -> "βουλή", "ŁÓDŹ" -> "łódź", "İspanya" -> "ispanya". Words and names
// of pages not in English are matched on these lower-case forms (docs/import.md).
#include <string>
#include <string_view>

namespace acta::import {

// `s` with every letter lower-cased (one code point to one code point; invalid UTF-8 bytes are
// kept as they are). ASCII-only text takes a fast path.
std::string utf8_lower(std::string_view s);

// Whether the first character of `s` is an upper-case or title-case letter, in any script.
bool utf8_starts_upper(std::string_view s);

// Whether the first character of `s` is a letter of a script without capitals (Arabic, Persian,
// Hebrew, CJK): such a word can be a name though it is not capitalized.
bool utf8_starts_caseless_letter(std::string_view s);

// Whether the first character of `s` is a lower-case letter, in any script ("αναγνώρισε",
// "über"): a wrapped line that goes on with one continues the sentence above it.
bool utf8_starts_lower(std::string_view s);

// The byte length of the letter (any script, beyond ASCII) that starts at s[i], or 0 when s[i]
// starts an ASCII character, a non-letter or an invalid sequence. The date reader's words use it.
std::size_t utf8_letter_length(std::string_view s, std::size_t i);

} // namespace acta::import
