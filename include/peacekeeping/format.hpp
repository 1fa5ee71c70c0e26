#pragma once
// std::formatter for the value types, where the standard library has <format>
// (PK_HAS_STD_FORMAT: not libstdc++ 12, see config.hpp). Each formatter inherits the
// string_view formatter, so width, fill and alignment work: std::format("{:>8}", month).
#include <peacekeeping/config.hpp>

#if PK_HAS_STD_FORMAT
#include <format>
#include <string_view>

#include <peacekeeping/detail/text_of.hpp>

// char only: the texts are UTF-8 narrow strings.
template <class T>
    requires pk::detail::printable_value<T>
struct std::formatter<T, char> : std::formatter<std::string_view, char> {
    // Templated on the context: libc++ 16 rejects a format() taking std::format_context&.
    template <class Context>
    auto format(const T& value, Context& context) const {
        const auto text = pk::detail::text_of(value);
        return std::formatter<std::string_view, char>::format(std::string_view{text}, context);
    }
};
#endif
