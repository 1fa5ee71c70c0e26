#pragma once
// A short text built without the heap: the printed form of a value type.
// Every value type makes its text once, here, and operator<< and the formatters all
// stream the finished text, so std::setw pads the whole value (as mp-units does).
#include <cstddef>
#include <string_view>

namespace pk::detail {

template <std::size_t Capacity>
class fixed_text {
public:
    constexpr void push_back(char c) noexcept { if (size_ < Capacity) data_[size_++] = c; }
    constexpr void append(std::string_view text) noexcept { for (char c : text) push_back(c); }
    // Writes a non-negative number, padded with zeros to `width` digits.
    constexpr void append_number(unsigned long long value, std::size_t width = 1) noexcept {
        char digits[20]{};
        std::size_t n = 0;
        do { digits[n++] = static_cast<char>('0' + value % 10); value /= 10; } while (value != 0);
        for (std::size_t i = n; i < width; ++i) push_back('0');
        while (n != 0) push_back(digits[--n]);
    }
    constexpr void append_signed(long long value, std::size_t width = 1) noexcept {
        if (value < 0) {
            push_back('-');
            append_number(static_cast<unsigned long long>(-(value + 1)) + 1u, width);
        } else {
            append_number(static_cast<unsigned long long>(value), width);
        }
    }
    constexpr std::string_view view() const noexcept { return {data_, size_}; }
    constexpr operator std::string_view() const noexcept { return view(); }

private:
    char data_[Capacity]{};
    std::size_t size_ = 0;
};

}  // namespace pk::detail
