#pragma once
// pk::csv::line_reader: the lines of a text, from memory or streamed from a file in blocks.
//
// Streaming keeps memory bounded whatever the file's size: a block of 1 MiB, grown only for a
// longer line, and never past max_line_bytes. A longer line is cut there and reported by the
// caller; the reader skips to its end without holding it. LF and CRLF both end a line.
#include <bit>  // std::countr_zero
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>
#include <string_view>

#include <peacekeeping/csv/byte_marks.hpp>

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

    // Lines of a text in memory (tests, fuzzing, embedded data). The text must outlive the reader.
    explicit line_reader(std::string_view text) noexcept : memory_{text} {}
    // Lines of an open file, read in blocks. The file must stay open while reading.
    explicit line_reader(std::FILE* file) : file_{file}, buffer_(block_bytes), capacity_{block_bytes} {}
    // The same, reading into `buffer` (what an earlier reader's release_buffer() gave back), so
    // a thread that reads chunk after chunk of a file allocates its block once: freeing a block
    // of 1 MiB unmaps it, which costs every thread of the process a TLB flush.
    line_reader(std::FILE* file, std::vector<char>&& buffer) : file_{file}, buffer_{std::move(buffer)} {
        if (buffer_.size() < block_bytes) buffer_.resize(block_bytes);
        capacity_ = buffer_.size();
    }
    // The block, for the next reader; this one reads nothing more.
    std::vector<char> release_buffer() noexcept {
        begin_ = end_ = capacity_ = 0;
        at_eof_ = true;
        window_valid_ = false;
        newlines_ = 0;
        return std::move(buffer_);
    }

    // Reads the next line; false at the end. The text stays valid until the next call.
    // The usual case, a line end already in the mask, is inlined into the caller's loop; the
    // rest is a call (a call for every line cost it 17 instructions of register saves).
    bool next(line& out) {
        if (newlines_ != 0) {
            take_marked(out);
            return true;
        }
        if (file_ == nullptr) return next_in_memory(out);
        return next_from_file(out);
    }

    // True when the stream failed (not at end of file): the caller reports it.
    bool failed() const noexcept { return file_ != nullptr && std::ferror(file_) != 0; }

    // For reading one text in chunks (read.hpp): where the unread part starts (a byte offset
    // in the text or file), the lines returned so far, the bytes already read but not yet
    // returned (at least the first block's rest after the header), and a limit: the reader
    // stops at that offset as at the end of the text. A limit behind what is already read
    // is refused (false), and nothing changes.
    std::uint64_t offset() const noexcept { return file_ == nullptr ? position_ : read_total_ - (end_ - begin_); }
    std::uint32_t lines_read() const noexcept { return number_; }
    std::string_view buffered() const noexcept {
        if (file_ == nullptr) return memory_.substr(position_);
        return {buffer_.data() + begin_, end_ - begin_};
    }
    bool stop_at(std::uint64_t offset) noexcept {
        if (file_ == nullptr) {
            if (offset < position_ || offset > memory_.size()) return false;
            memory_ = memory_.substr(0, static_cast<std::size_t>(offset));
            return true;
        }
        if (offset < read_total_) return false;
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

    // Reads more bytes after the `end_` mark; false at end of file.
    bool fill() {
        if (at_eof_) return false;
        if (begin_ > 0) {  // keep the partial line at the front
            std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
            end_ -= begin_;
            begin_ = 0;
        }
        if (end_ == capacity_) {  // a line longer than the buffer: grow, up to the line limit
            capacity_ *= 2;
            buffer_.resize(capacity_);
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

    bool next_from_file(line& out) {
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
            window_ = next_window;
            window_valid_ = true;
            newlines_ = newlines_of_64(buffer_.data() + window_);
        }
        window_valid_ = false;  // begin_ moves, or the buffer does: the next mask starts at begin_
        std::size_t scanned = begin_;
        for (;;) {
            auto* start = buffer_.data() + scanned;
            auto* newline = static_cast<char*>(std::memchr(start, '\n', end_ - scanned));
            if (newline != nullptr) {
                std::size_t length = static_cast<std::size_t>(newline - (buffer_.data() + begin_));
                // The buffer may have grown past the limit and taken the whole of a line a little
                // longer than max_line_bytes in one read: it is still too long.
                take(out, length);
                begin_ += length + 1;
                return true;
            }
            if (end_ - begin_ > max_line_bytes) return cut_long_line(out);
            scanned = end_ - begin_;  // after fill() the partial line starts at 0
            if (!fill()) {
                if (begin_ == end_) return false;
                take(out, end_ - begin_);
                begin_ = end_;
                return true;
            }
        }
    }

    // The line that ends at the first line end left in the mask.
    void take_marked(line& out) noexcept {
        const std::size_t at = window_ + static_cast<std::size_t>(std::countr_zero(newlines_));
        newlines_ &= newlines_ - 1;
        take(out, at - begin_);
        begin_ = at + 1;
    }

    // The line of `length` bytes at begin_; only its first max_line_bytes if it is longer.
    void take(line& out, std::size_t length) noexcept {
        out.number = ++number_;
        out.too_long = length > max_line_bytes;
        out.text = without_cr({buffer_.data() + begin_, out.too_long ? max_line_bytes : length});
    }

    // Returns the first max_line_bytes of an over-long line, and drops the rest of it.
    bool cut_long_line(line& out) {
        out.number = ++number_;
        out.too_long = true;
        // Keep a copy of the start: the buffer is reused while skipping.
        long_line_start_.assign(buffer_.data() + begin_, max_line_bytes);
        out.text = long_line_start_;
        begin_ = end_ = 0;
        for (;;) {
            if (!fill()) return true;
            auto* newline = static_cast<char*>(std::memchr(buffer_.data(), '\n', end_));
            if (newline != nullptr) {
                begin_ = static_cast<std::size_t>(newline - buffer_.data()) + 1;
                return true;
            }
            begin_ = end_ = 0;
        }
    }

    std::string_view memory_;
    std::size_t position_ = 0;
    std::FILE* file_ = nullptr;
    std::vector<char> buffer_;      // a vector, not unique_ptr<char[]>: <memory> costs ~230 ms to include
    std::string long_line_start_;
    std::size_t capacity_ = 0;
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
