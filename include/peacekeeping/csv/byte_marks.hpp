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
    // A quote, a byte >= 0x80, or a control byte (below 0x20: NUL, tab, CR among them). A
    // line with one is read field by field: tabs are blanks, and the rest may not be text.
    bool odd = false;
};

inline constexpr std::size_t min_marked_bytes = 16, max_marked_bytes = 128;

namespace detail_marks {
constexpr bool is_odd(unsigned char byte) noexcept { return byte == '"' || byte < 0x20 || byte >= 0x80; }
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
    using block = signed char __attribute__((vector_size(16)));
    const auto marks_of = [](const char* at, std::uint32_t& commas) noexcept {
        block b;
        std::memcpy(&b, at, 16);
        commas = static_cast<std::uint32_t>(__builtin_ia32_pmovmskb128(b == ','));
        // As signed bytes, those >= 0x80 are negative: one comparison finds them and the
        // control bytes.
        return static_cast<std::uint32_t>(__builtin_ia32_pmovmskb128((b < 0x20) | (b == '"')));
    };
    byte_marks out;
    std::uint32_t odd = 0, commas = 0;
    if (size <= 64) {
        // Four blocks, at 0, 16, 32 and the last 16 bytes, each moved back to end at the last
        // byte when the bytes are fewer: a block that overlaps another marks the same bits
        // again. No branch on the size: a branch for the fourth block alone (past 48 bytes)
        // goes either way with the rows' name and label lengths, so it is presumably often
        // mispredicted (this VM counts no branches); without it a read of 10M rows went from
        // 245 to 238 ms. The marks stay in registers.
        std::uint64_t all_commas = 0;
        const std::size_t ats[4] = {0, 16 < size - 16 ? 16 : size - 16, 32 < size - 16 ? 32 : size - 16, size - 16};
        for (const std::size_t at : ats) {
            odd |= marks_of(p + at, commas);
            all_commas |= std::uint64_t{commas} << at;
        }
        out.commas[0] = all_commas;
        out.odd = odd != 0;
        return out;
    }
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

// The line ends among the 64 bytes at `p` (all readable): bit i set where p[i] is '\n'.
inline std::uint64_t newlines_of_64(const char* p) noexcept {
#if PK_HAS_SSE2
    using block = char __attribute__((vector_size(16)));
    std::uint64_t out = 0;
    for (std::size_t k = 0; k < 4; ++k) {
        block b;
        std::memcpy(&b, p + 16 * k, 16);
        out |= std::uint64_t{static_cast<std::uint32_t>(__builtin_ia32_pmovmskb128(b == '\n'))} << (16 * k);
    }
    return out;
#else
    std::uint64_t out = 0;
    for (std::size_t i = 0; i < 64; ++i) out |= std::uint64_t{p[i] == '\n'} << i;
    return out;
#endif
}

}  // namespace pk::csv
