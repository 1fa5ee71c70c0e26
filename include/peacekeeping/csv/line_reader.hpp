#pragma once
// pk::csv::line_reader: the lines of a text, from memory or streamed from a file in blocks.
//
// Streaming keeps memory bounded whatever the file's size: a block of 1 MiB, grown only for a
// longer line, and never past max_line_bytes. A longer line is cut there and reported by the
// caller; the reader skips to its end without holding it. LF and CRLF both end a line.
//
// A regular file is read, where POSIX has mmap, through a window of 8 MiB mapped from the page
// cache and moved along the file: no copy of its bytes (read()'s copy was a seventh of a
// 10-million-row read's time, issue 11), and memory stays bounded as with a block. The one
// cost: a file cut shorter by another program while a window of it is being read raises
// SIGBUS, as with every reader that maps files (the size is checked again before each window,
// which narrows that to the milliseconds a window takes); line_reader::streamed reads such a
// file with fread instead.
#include <bit>  // std::countr_zero
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>
#include <string_view>

#include <peacekeeping/config.hpp>
#include <peacekeeping/csv/byte_marks.hpp>
#include <peacekeeping/detail/prefetch.hpp>

#if PK_HAS_MMAP
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace pk::csv {

struct line {
    std::string_view text;     // without the line terminator
    std::uint32_t number = 0;  // 1-based
    bool too_long = false;     // the line was longer than max_line_bytes; text is its start
};

// An open file, closed when it goes out of scope.
class file_handle {
public:
    explicit file_handle(const char* path) noexcept : file_{std::fopen(path, "rb")} {}
    file_handle(const file_handle&) = delete;
    file_handle& operator=(const file_handle&) = delete;
    ~file_handle() {
        if (file_ != nullptr) std::fclose(file_);
    }
    std::FILE* get() const noexcept { return file_; }
    explicit operator bool() const noexcept { return file_ != nullptr; }

private:
    std::FILE* file_;
};

class line_reader {
public:
    static constexpr std::size_t max_line_bytes = std::size_t{4} << 20;  // 4 MiB
    static constexpr std::size_t block_bytes = std::size_t{1} << 20;
    // The mapped window: more than a longest line past the page its start is on, so a line
    // of max_line_bytes always fits in one window.
    static constexpr std::size_t window_bytes = std::size_t{8} << 20;

    // How a file is read: mapped when it is a regular file and the system can (the default),
    // or streamed through a block with fread whatever it is.
    enum class file_access { mapped_where_possible, streamed };
    static constexpr file_access streamed = file_access::streamed;

    // Lines of a text in memory (tests, fuzzing, embedded data). The text must outlive the reader.
    explicit line_reader(std::string_view text) noexcept : memory_{text} {}
    // Lines of an open file from its current position. The file must stay open while reading;
    // its own position does not move when the file is mapped.
    explicit line_reader(std::FILE* file, file_access access = file_access::mapped_where_possible) : file_{file} {
        if (access == file_access::streamed || !try_to_map()) use_block({});
    }
    // The same, streaming into `buffer` (what an earlier reader's release_buffer() gave back),
    // so a thread that reads chunk after chunk of a file allocates its block once: freeing a
    // block of 1 MiB unmaps it, which costs every thread of the process a TLB flush.
    line_reader(std::FILE* file, std::vector<char>&& buffer, file_access access = file_access::mapped_where_possible)
        : file_{file} {
        if (access == file_access::streamed || !try_to_map()) use_block(std::move(buffer));
        else buffer_ = std::move(buffer);  // unused here, kept for the next reader
    }
    line_reader(const line_reader&) = delete;
    line_reader& operator=(const line_reader&) = delete;
    ~line_reader() { unmap(); }

    // The block, for the next reader; this one reads nothing more.
    std::vector<char> release_buffer() noexcept {
        unmap();
        begin_ = end_ = capacity_ = 0;
        base_ = nullptr;
        at_eof_ = true;
        window_valid_ = false;
        newlines_ = 0;
        return std::move(buffer_);
    }
    // Whether the file is read through a mapped window (for tests and benchmarks).
    bool is_mapped() const noexcept { return mapped_; }

    // Reads the next line; false at the end. The text stays valid until the next call.
    // The usual case, a line end in the mask or in the next one, is inlined into the caller's
    // loop; the rest is a call. (A call for every line had cost 17 instructions of register
    // saves, and the next mask computed in a call 31 more.)
    [[gnu::always_inline]] bool next(line& out) {
        if (newlines_ == 0 && file_ != nullptr) {
            // The next 64-byte masks, up to one with a line end (a line is usually shorter).
            std::size_t next_window = window_valid_ ? window_ + 64 : begin_;
            while (next_window + 64 <= end_) {
                mark_window(next_window);
                if (newlines_ != 0) break;
                next_window += 64;
            }
        }
        if (newlines_ != 0) {
            take_marked(out);
            return true;
        }
        if (file_ == nullptr) return next_in_memory(out);
        return next_from_file(out);  // near the end of the bytes read: memchr, a refill
    }

    // True when the stream failed (not at end of file): the caller reports it, with errno.
    bool failed() const noexcept {
        return file_ != nullptr && (mapped_ ? map_error_ != 0 : std::ferror(file_) != 0);
    }

    // For reading one text in chunks (read.hpp): where the unread part starts (a byte offset
    // in the text or file), the lines returned so far, the bytes already read but not yet
    // returned (at least the first block's rest after the header), and a limit: the reader
    // stops at that offset as at the end of the text. A limit behind what is already
    // returned (offset()) is refused (false), and nothing changes; bytes read past the limit
    // but not yet returned are dropped.
    std::uint64_t offset() const noexcept { return file_ == nullptr ? position_ : read_total_ - (end_ - begin_); }
    std::uint32_t lines_read() const noexcept { return number_; }
    std::string_view buffered() const noexcept {
        if (file_ == nullptr) return memory_.substr(position_);
        return {base_ + begin_, end_ - begin_};
    }
    bool stop_at(std::uint64_t offset) noexcept {
        if (file_ == nullptr) {
            if (offset < position_ || offset > memory_.size()) return false;
            memory_ = memory_.substr(0, static_cast<std::size_t>(offset));
            return true;
        }
        if (offset < this->offset()) return false;
        if (offset < read_total_) {
            // Bytes read past the limit but not yet returned are dropped, with the line ends
            // marked among them: a mapped window usually reaches past a chunk's end.
            end_ -= static_cast<std::size_t>(read_total_ - offset);
            read_total_ = offset;
            window_valid_ = false;
            newlines_ = 0;
        }
        limit_ = offset;
        return true;
    }
    bool is_file() const noexcept { return file_ != nullptr; }

private:
    static std::string_view without_cr(std::string_view text) noexcept {
        if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
        return text;
    }

    bool next_in_memory(line& out) noexcept {
        if (position_ >= memory_.size()) return false;
        auto rest = memory_.substr(position_);
        auto end = rest.find('\n');
        auto text = end == std::string_view::npos ? rest : rest.substr(0, end);
        position_ += text.size() + (end == std::string_view::npos ? 0 : 1);
        out.number = ++number_;
        out.too_long = text.size() > max_line_bytes;
        out.text = without_cr(out.too_long ? text.substr(0, max_line_bytes) : text);
        return true;
    }

    void use_block(std::vector<char>&& buffer) {
        buffer_ = std::move(buffer);
        if (buffer_.size() < block_bytes) buffer_.resize(block_bytes);
        capacity_ = buffer_.size();
        base_ = buffer_.data();
    }

    // Maps the file's first window, if it is a regular file and mmap can; false to stream it.
    bool try_to_map() noexcept {
#if PK_HAS_MMAP
        const int saved_errno = errno;
        const int descriptor = ::fileno(file_);
        struct stat about {};
        const long position = std::ftell(file_);
        if (descriptor < 0 || ::fstat(descriptor, &about) != 0 || !S_ISREG(about.st_mode) || position < 0) {
            errno = saved_errno;
            return false;
        }
        descriptor_ = descriptor;
        origin_ = static_cast<std::uint64_t>(position);
        file_size_ = static_cast<std::uint64_t>(about.st_size);
        page_bytes_ = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
        if (page_bytes_ == 0 || (page_bytes_ & (page_bytes_ - 1)) != 0) page_bytes_ = 4096;
        capacity_ = window_bytes;
        mapped_ = true;
        return true;
#else
        return false;
#endif
    }

    void unmap() noexcept {
#if PK_HAS_MMAP
        if (map_ != nullptr) ::munmap(map_, map_length_);
#endif
        map_ = nullptr;
        map_length_ = 0;
    }

    // Moves the mapped window on: it starts at the page of the first unread byte and reaches
    // as far as the window's size, the limit and the file allow. False at the end.
    bool fill_mapped() noexcept {
#if PK_HAS_MMAP
        if (at_eof_) return false;
        // The file's size again before each window: a file cut shorter since is read to its new
        // end, not mapped past it (its pages there would raise SIGBUS), and a file still growing
        // is read on. One call per 8 MiB.
        struct stat now {};
        if (::fstat(descriptor_, &now) == 0) file_size_ = static_cast<std::uint64_t>(now.st_size);
        const std::uint64_t unread = origin_ + read_total_ - (end_ - begin_);  // file offsets
        const std::uint64_t read_end = origin_ + read_total_;
        const std::uint64_t start = unread & ~static_cast<std::uint64_t>(page_bytes_ - 1);
        const std::uint64_t available = file_size_ > origin_ ? file_size_ - origin_ : 0;
        const std::uint64_t limit = origin_ + (limit_ < available ? limit_ : available);
        for (;;) {
            std::uint64_t stop = start + capacity_;
            if (stop > limit) stop = limit;
            if (stop > read_end) {
                unmap();
                const auto length = static_cast<std::size_t>(stop - start);
                void* window = ::mmap(nullptr, length, PROT_READ, MAP_PRIVATE, descriptor_, static_cast<off_t>(start));
                if (window == MAP_FAILED) {
                    map_error_ = errno;
                    base_ = nullptr;
                    begin_ = end_ = 0;
                    at_eof_ = true;
                    return false;
                }
                map_ = window;
                map_length_ = length;
                base_ = static_cast<char*>(window);
                begin_ = static_cast<std::size_t>(unread - start);
                end_ = length;
                read_total_ = stop - origin_;
                return true;
            }
            if (stop == limit) {  // at the limit, or the file's end as it is now
                at_eof_ = true;
                return false;
            }
            capacity_ *= 2;  // one line fills the window (never, while it holds max_line_bytes)
        }
#else
        return false;
#endif
    }

    // Reads more bytes after the `end_` mark; false at end of file.
    bool fill() {
        if (mapped_) return fill_mapped();
        if (at_eof_) return false;
        if (begin_ > 0) {  // keep the partial line at the front
            std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
            end_ -= begin_;
            begin_ = 0;
        }
        if (end_ == capacity_) {  // a line longer than the buffer: grow, up to the line limit
            capacity_ *= 2;
            buffer_.resize(capacity_);
            base_ = buffer_.data();
        }
        std::size_t wanted = capacity_ - end_;
        if (limit_ - read_total_ < wanted) wanted = static_cast<std::size_t>(limit_ - read_total_);
        auto got = wanted == 0 ? 0 : std::fread(buffer_.data() + end_, 1, wanted, file_);
        if (got == 0) {
            at_eof_ = true;
            return false;
        }
        end_ += got;
        read_total_ += got;
        return true;
    }

    [[gnu::noinline]] bool next_from_file(line& out) {
        // Line ends from a mask of 64 buffered bytes at a time, taken bit by bit: a line costs
        // one bit scan instead of a call to memchr (issue 11: memchr and this function were a
        // tenth of a 10-million-row read). The last 64 bytes of the buffer, a refill and an
        // over-long line go the memchr way below, which then starts the masks anew.
        for (;;) {
            if (newlines_ != 0) {
                take_marked(out);
                return true;
            }
            const std::size_t next_window = window_valid_ ? window_ + 64 : begin_;
            if (next_window + 64 > end_) break;
            mark_window(next_window);
        }
        window_valid_ = false;  // begin_ moves, or the buffer does: the next mask starts at begin_
        std::size_t scanned = begin_;
        for (;;) {
            auto* start = base_ + scanned;
            // (Nothing to scan before a mapped file's first window, whose base is still null.)
            auto* newline = scanned < end_ ? static_cast<const char*>(std::memchr(start, '\n', end_ - scanned)) : nullptr;
            if (newline != nullptr) {
                std::size_t length = static_cast<std::size_t>(newline - (base_ + begin_));
                // The buffer may have grown past the limit and taken the whole of a line a little
                // longer than max_line_bytes in one read: it is still too long.
                take(out, length);
                begin_ += length + 1;
                return true;
            }
            if (end_ - begin_ > max_line_bytes) return cut_long_line(out);
            const std::size_t seen = end_ - begin_;  // the partial line's bytes already scanned
            if (!fill()) {
                if (begin_ == end_) return false;
                take(out, end_ - begin_);
                begin_ = end_;
                return true;
            }
            scanned = begin_ + seen;  // fill() may have moved the partial line
        }
    }

    // The line ends among the 64 bytes at `at` (at + 64 <= end_) become the mask.
    [[gnu::always_inline]] void mark_window(std::size_t at) noexcept {
        window_ = at;
        window_valid_ = true;
        // The bytes 2 KiB ahead asked for now, so they are in cache when the scan gets there:
        // the hardware's own prefetching stops at each 4 KiB page, and every page of a mapped
        // file is a page of its own in memory. (A read of 10M rows: 245 -> 214 ms. 1 and
        // 4 KiB ahead did as well; 256 bytes and 8 KiB, worse, in a scan of the file alone.)
        if (at + prefetch_distance < end_) pk::detail::prefetch(base_ + at + prefetch_distance);
        newlines_ = newlines_of_64(base_ + at);
    }
    static constexpr std::size_t prefetch_distance = 2048;

    // The line that ends at the first line end left in the mask.
    [[gnu::always_inline]] void take_marked(line& out) noexcept {
        const std::size_t at = window_ + static_cast<std::size_t>(std::countr_zero(newlines_));
        newlines_ &= newlines_ - 1;
        take(out, at - begin_);
        begin_ = at + 1;
    }

    // The line of `length` bytes at begin_; only its first max_line_bytes if it is longer.
    [[gnu::always_inline]] void take(line& out, std::size_t length) noexcept {
        out.number = ++number_;
        out.too_long = length > max_line_bytes;
        out.text = without_cr({base_ + begin_, out.too_long ? max_line_bytes : length});
    }

    // Returns the first max_line_bytes of an over-long line, and drops the rest of it.
    bool cut_long_line(line& out) {
        out.number = ++number_;
        out.too_long = true;
        // Keep a copy of the start: the buffer is reused while skipping.
        long_line_start_.assign(base_ + begin_, max_line_bytes);
        out.text = long_line_start_;
        begin_ = end_;
        for (;;) {
            if (!fill()) return true;
            auto* newline =
                begin_ < end_ ? static_cast<const char*>(std::memchr(base_ + begin_, '\n', end_ - begin_)) : nullptr;
            if (newline != nullptr) {
                begin_ = static_cast<std::size_t>(newline - base_) + 1;
                return true;
            }
            begin_ = end_;
        }
    }

    std::string_view memory_;
    std::size_t position_ = 0;
    std::FILE* file_ = nullptr;
    std::vector<char> buffer_;      // a vector, not unique_ptr<char[]>: <memory> costs ~230 ms to include
    std::string long_line_start_;
    const char* base_ = nullptr;    // the block's bytes, or the mapped window's
    std::size_t capacity_ = 0;      // the block's size, or the window's
    // The mapped window (mapped_): the file's descriptor, the offset the reader starts at, the
    // file's size as last seen, the mapping, and the errno of a mapping that failed.
    bool mapped_ = false;
    int descriptor_ = -1;
    std::uint64_t origin_ = 0;
    std::uint64_t file_size_ = 0;
    std::size_t page_bytes_ = 4096;
    void* map_ = nullptr;
    std::size_t map_length_ = 0;
    int map_error_ = 0;
    std::size_t begin_ = 0;  // start of the unread part
    std::size_t end_ = 0;    // end of the bytes read
    bool at_eof_ = false;
    std::uint32_t number_ = 0;
    std::uint64_t read_total_ = 0;             // bytes read from the file so far
    std::uint64_t limit_ = ~std::uint64_t{0};  // stop_at: read no byte at or after this offset
    // The line ends not yet taken among the 64 bytes at window_ (when window_valid_).
    std::size_t window_ = 0;
    bool window_valid_ = false;
    std::uint64_t newlines_ = 0;
};

}  // namespace pk::csv
