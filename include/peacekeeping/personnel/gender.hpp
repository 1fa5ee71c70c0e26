#pragma once
// pk::gender: the UN reports uniformed personnel as female and male.
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string_view>

namespace pk {

enum class gender : std::uint8_t { female, male };

constexpr std::string_view name(gender g) noexcept { return g == gender::female ? "female" : "male"; }

// "female", "Female", "F", "male", "M" ... as in column headers and report labels.
constexpr std::optional<gender> parse_gender(std::string_view text) noexcept {
    auto equals = [](std::string_view a, std::string_view b) {
        if (a.size() != b.size()) return false;
        for (std::size_t i = 0; i < a.size(); ++i) {
            char c = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] - 'A' + 'a') : a[i];
            if (c != b[i]) return false;
        }
        return true;
    };
    if (equals(text, "female") || equals(text, "f") || equals(text, "women")) return gender::female;
    if (equals(text, "male") || equals(text, "m") || equals(text, "men")) return gender::male;
    return std::nullopt;
}

template <class CharT, class Traits>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, gender g) {
    return os << name(g);
}

}  // namespace pk
