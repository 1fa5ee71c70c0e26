#pragma once
// pk::csv::mark_bytes: where the commas of a short run of bytes are, and whether it holds a byte
// the one-pass readers leave to the careful path (a quote, a NUL, a byte >= 0x80), found 16
// bytes at a time. The UN DPO long reader (formats.hpp) takes a line's fields from the commas'
// bits instead of looking for each field's end in turn: the ends of fields of every length
// then cost no mispredicted loop exit (issue 11: that search was the reader's hottest code).
#include <cstdint>
#include <cstring>

#include <peacekeeping/config.hpp>

namespace pk::csv {

// Bit i of commas[i / 64] is byte i; bits past the bytes marked are 0.
struct byte_marks {
    std::uint64_t commas[2] = {0, 0};
    bool odd = false;  // a quote, a NUL or a byte >= 0x80

};

inline constexpr std::size_t min_marked_bytes = 16, max_marked_bytes = 128;

namespace detail_marks {
constexpr bool is_odd(unsigned char byte) noexcept { return byte == '"' || byte == 0 || byte >= 0x80; }
}  // namespace detail_marks

// The marks byte by byte: any size, any target; the reference the SSE2 scan is tested against.
constexpr byte_marks mark_bytes_one_by_one(const char* p, std::size_t size) noexcept {
    byte_marks out;
    for (std::size_t i = 0; i < size && i < max_marked_bytes; ++i) {
        const auto byte = static_cast<unsigned char>(p[i]);
        if (byte == ',') out.commas[i / 64] |= std::uint64_t{1} << (i % 64);
        out.odd = out.odd || detail_marks::is_odd(byte);
    }
    return out;
}

// The marks of `size` bytes at `p`, min_marked_bytes <= size <= max_marked_bytes. No byte
// outside them is read: the last block is the 16 bytes that end at p + size, its bits shifted
// past those an earlier block marked.
inline byte_marks mark_bytes(const char* p, std::size_t size) noexcept {
#if PK_HAS_SSE2
    using block = char __attribute__((vector_size(16)));
    const auto marks_of = [](const char* at, std::uint32_t& commas) noexcept {
        block b;
        std::memcpy(&b, at, 16);
        commas = static_cast<std::uint32_t>(__builtin_ia32_pmovmskb128(b == ','));
        // A byte's high bit is its own mark for >= 0x80.
        return static_cast<std::uint32_t>(__builtin_ia32_pmovmskb128(b)) |
               static_cast<std::uint32_t>(__builtin_ia32_pmovmskb128((b == '"') | (b == 0)));
    };
    byte_marks out;
    std::uint32_t odd = 0, commas = 0;
    std::size_t i = 0;
    for (; i + 16 <= size; i += 16) {
        odd |= marks_of(p + i, commas);
        out.commas[i / 64] |= std::uint64_t{commas} << (i % 64);
    }
    if (i < size) {
        odd |= marks_of(p + size - 16, commas);
        out.commas[i / 64] |= std::uint64_t{commas >> (i + 16 - size)} << (i % 64);
    }
    out.odd = odd != 0;
    return out;
#else
    return mark_bytes_one_by_one(p, size);
#endif
}

}  // namespace pk::csv
