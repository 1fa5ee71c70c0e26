#pragma once
// fmt::formatter for the value types, opt-in: include this header only where {fmt} is used.
// fmt 9 (Debian 12) takes classes only through formatter specialisations (format_as needs
// fmt 10), so each value type gets one, inheriting fmt's string_view formatter for widths.
#include <string_view>

#include <fmt/format.h>

#include <peacekeeping/detail/text_of.hpp>

template <class T>
    requires pk::detail::printable_value<T>
struct fmt::formatter<T, char> : fmt::formatter<fmt::string_view, char> {
    template <class Context>
    auto format(const T& value, Context& context) const -> decltype(context.out()) {
        const auto text = pk::detail::text_of(value);
        const std::string_view view{text};
        return fmt::formatter<fmt::string_view, char>::format(fmt::string_view{view.data(), view.size()}, context);
    }
};
