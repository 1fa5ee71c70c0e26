#pragma once
// pk::month_range: an inclusive range of reporting months, e.g. 2014-06..2022-05.
#include <compare>
#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string_view>  // also declares std::random_access_iterator_tag in libstdc++, libc++ and MSVC

#include <peacekeeping/time/month.hpp>

namespace pk {

class month_range {
public:
    // Iterates the months in order; a random-access iterator, so std::ranges algorithms and
    // std::distance are O(1). <iterator> is not included: it brings the stream iterators and
    // their <streambuf> (~250 ms); the tag comes with <string_view>.
    class iterator {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = month;
        using difference_type = std::ptrdiff_t;
        using reference = month;
        using pointer = void;

        constexpr iterator() noexcept = default;
        constexpr explicit iterator(month m) noexcept : current_{m} {}
        constexpr month operator*() const noexcept { return current_; }
        constexpr month operator[](difference_type n) const noexcept { return current_ + months{static_cast<std::int32_t>(n)}; }
        constexpr iterator& operator++() noexcept { ++current_; return *this; }
        constexpr iterator operator++(int) noexcept { iterator before = *this; ++current_; return before; }
        constexpr iterator& operator--() noexcept { --current_; return *this; }
        constexpr iterator operator--(int) noexcept { iterator before = *this; --current_; return before; }
        constexpr iterator& operator+=(difference_type n) noexcept { current_ += months{static_cast<std::int32_t>(n)}; return *this; }
        constexpr iterator& operator-=(difference_type n) noexcept { current_ -= months{static_cast<std::int32_t>(n)}; return *this; }
        friend constexpr iterator operator+(iterator it, difference_type n) noexcept { return it += n; }
        friend constexpr iterator operator+(difference_type n, iterator it) noexcept { return it += n; }
        friend constexpr iterator operator-(iterator it, difference_type n) noexcept { return it -= n; }
        friend constexpr difference_type operator-(iterator a, iterator b) noexcept { return (a.current_ - b.current_).count(); }
        friend constexpr bool operator==(iterator, iterator) noexcept = default;
        friend constexpr std::strong_ordering operator<=>(iterator, iterator) noexcept = default;

    private:
        month current_;
    };

    // A single month: keeps the type regular (default: January of year 0 alone).
    constexpr month_range() noexcept = default;
    // Precondition: first <= last (an empty range is std::nullopt, e.g. from intersection).
    constexpr month_range(month first, month last) noexcept : first_{first}, last_{last} {}
    static constexpr month_range of_year(pk::year y) noexcept { return {month{y, 1}, month{y, 12}}; }

    constexpr month first() const noexcept { return first_; }
    constexpr month last() const noexcept { return last_; }
    constexpr bool contains(month m) const noexcept { return first_ <= m && m <= last_; }
    constexpr bool contains(month_range other) const noexcept { return first_ <= other.first_ && other.last_ <= last_; }
    constexpr pk::months length() const noexcept { return (last_ - first_) + pk::months{1}; }
    constexpr std::size_t size() const noexcept { return static_cast<std::size_t>(length().count()); }
    constexpr iterator begin() const noexcept { return iterator{first_}; }
    constexpr iterator end() const noexcept { return iterator{last_ + pk::months{1}}; }

    // The months both ranges contain; nullopt when they do not overlap.
    friend constexpr std::optional<month_range> intersection(month_range a, month_range b) noexcept {
        month first = a.first_ < b.first_ ? b.first_ : a.first_;
        month last = a.last_ < b.last_ ? a.last_ : b.last_;
        if (last < first) return std::nullopt;
        return month_range{first, last};
    }

    // Ordered by first month, then by last.
    friend constexpr bool operator==(month_range, month_range) noexcept = default;
    friend constexpr std::strong_ordering operator<=>(month_range, month_range) noexcept = default;

    // "2014-06..2022-05"
    constexpr detail::fixed_text<24> text() const noexcept {
        detail::fixed_text<24> out;
        out.append(first_.text().view());
        out.append("..");
        out.append(last_.text().view());
        return out;
    }
    template <class CharT, class Traits>
    friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, month_range r) {
        return os << r.text().view();
    }

    // "2014-06..2022-05" or a single month "2020-11".
    static constexpr std::optional<month_range> parse(std::string_view text) noexcept {
        auto dots = text.find("..");
        if (dots == std::string_view::npos) {
            auto m = month::parse(text);
            if (!m) return std::nullopt;
            return month_range{*m, *m};
        }
        auto first = month::parse(text.substr(0, dots));
        auto last = month::parse(text.substr(dots + 2));
        if (!first || !last || *last < *first) return std::nullopt;
        return month_range{*first, *last};
    }

private:
    month first_;
    month last_;
};

}  // namespace pk

template <>
struct std::hash<pk::month_range> {
    std::size_t operator()(pk::month_range r) const noexcept {
        return static_cast<std::size_t>(static_cast<std::uint32_t>(r.first().index())) << 32 |
               static_cast<std::uint32_t>(r.last().index());
    }
};
