#pragma once
// ASCII helpers for labels and headers (category names, column names, acronyms).
// Country names need full UTF-8 folding: see detail/text.hpp.
#include <string_view>

namespace pk::detail {

constexpr char ascii_lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
constexpr char ascii_upper(char c) noexcept { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }
constexpr bool is_space_ascii(char c) noexcept { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

constexpr std::string_view trim_ascii(std::string_view text) noexcept {
    while (!text.empty() && is_space_ascii(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space_ascii(text.back())) text.remove_suffix(1);
    return text;
}

// Equal ignoring ASCII case, and treating runs of spaces, '_' and '-' as one separator, so
// that "Formed Police Units", "Formed_Police_Units" and "formed police  units" all match.
constexpr bool same_label(std::string_view a, std::string_view b) noexcept {
    auto is_separator = [](char c) { return c == ' ' || c == '_' || c == '-' || c == '\t'; };
    a = trim_ascii(a);
    b = trim_ascii(b);
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (is_separator(a[i]) && is_separator(b[j])) {
            while (i < a.size() && is_separator(a[i])) ++i;
            while (j < b.size() && is_separator(b[j])) ++j;
            continue;
        }
        if (ascii_lower(a[i]) != ascii_lower(b[j])) return false;
        ++i;
        ++j;
    }
    return i == a.size() && j == b.size();
}

}  // namespace pk::detail
