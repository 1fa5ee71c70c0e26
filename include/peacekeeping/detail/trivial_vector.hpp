#pragma once
// trivial_vector<T>: a vector of trivially copyable elements kept in one malloc block, for a
// dataset's rows. Two things std::vector cannot do are why it exists (issue 11):
// - resize(n) leaves the new elements as the allocation left them instead of zeroing them.
//   A reader sizes the rows for a whole file and fills its parts on several threads: zeroing
//   120 MB on one thread first cost 100 ms of a 750 ms read of 10 million rows, and took the
//   page faults away from the threads that write the rows. Elements are read only after
//   they are written.
// - shrink_to_fit() gives the unused tail back where the block is (realloc to a smaller size:
//   glibc splits the block, or shrinks its mapping with mremap), so a reader that reserved
//   for a little more rows than a file holds keeps exactly 12 bytes a row without copying
//   them. std::vector::shrink_to_fit allocates again and copies: 120 MB more at the peak.
// Growth also goes through realloc: a large block grows by remapping its pages, not copying.
// Like std::vector's, growing and shrink_to_fit may move the elements (an allocator other than
// glibc's may move them to shrink): pointers into the vector are then no longer valid.
// Elements of such a T are implicit-lifetime objects: malloc and realloc create them (C++20).
// The interface is std::vector's, for what the library uses of it; iterators are pointers.
#include <cstddef>
#include <cstdint>      // std::uintptr_t
#include <cstdlib>      // std::malloc, std::realloc, std::free
#include <cstring>      // std::memcpy, std::memmove
#include <new>          // std::bad_alloc
#include <type_traits>  // std::is_trivially_copyable_v

namespace pk::detail {

template <class T>
class trivial_vector {
    static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>,
                  "only for trivially copyable elements");
    static_assert(alignof(T) <= alignof(std::max_align_t), "malloc aligns no further");

public:
    using value_type = T;
    using size_type = std::size_t;
    using difference_type = std::ptrdiff_t;
    using reference = T&;
    using const_reference = const T&;
    using pointer = T*;
    using const_pointer = const T*;
    using iterator = T*;
    using const_iterator = const T*;

    trivial_vector() noexcept = default;
    // A copy of [first, last): any range of elements convertible to T. (Delegating to the
    // default constructor makes the block freed if a push_back throws.)
    template <class Iterator>
        requires requires(Iterator i) {
            static_cast<T>(*i);
            ++i;
            i != i;
        }
    trivial_vector(Iterator first, Iterator last) : trivial_vector() {
        if constexpr (requires { last - first; }) reserve(static_cast<std::size_t>(last - first));
        for (; first != last; ++first) push_back(static_cast<T>(*first));
    }
    trivial_vector(const trivial_vector& other) { assign(other.data_, other.size_); }
    trivial_vector(trivial_vector&& other) noexcept
        : data_{other.data_}, size_{other.size_}, capacity_{other.capacity_} {
        other.data_ = nullptr;
        other.size_ = other.capacity_ = 0;
    }
    trivial_vector& operator=(const trivial_vector& other) {
        if (this != &other) {
            size_ = 0;
            if (other.size_ > capacity_) {  // a new block: realloc would copy what is overwritten
                std::free(data_);
                data_ = nullptr;
                capacity_ = 0;
            }
            assign(other.data_, other.size_);
        }
        return *this;
    }
    trivial_vector& operator=(trivial_vector&& other) noexcept {
        if (this != &other) {
            std::free(data_);
            data_ = other.data_;
            size_ = other.size_;
            capacity_ = other.capacity_;
            other.data_ = nullptr;
            other.size_ = other.capacity_ = 0;
        }
        return *this;
    }
    ~trivial_vector() { std::free(data_); }

    T* data() noexcept { return data_; }
    const T* data() const noexcept { return data_; }
    std::size_t size() const noexcept { return size_; }
    std::size_t capacity() const noexcept { return capacity_; }
    bool empty() const noexcept { return size_ == 0; }

    T* begin() noexcept { return data_; }
    T* end() noexcept { return data_ + size_; }
    const T* begin() const noexcept { return data_; }
    const T* end() const noexcept { return data_ + size_; }
    T& operator[](std::size_t i) noexcept { return data_[i]; }
    const T& operator[](std::size_t i) const noexcept { return data_[i]; }
    T& front() noexcept { return data_[0]; }
    const T& front() const noexcept { return data_[0]; }
    T& back() noexcept { return data_[size_ - 1]; }
    const T& back() const noexcept { return data_[size_ - 1]; }

    // Room for `n` elements in all, exactly: the caller knows how many it will add.
    void reserve(std::size_t n) {
        if (n > capacity_) reallocate(n);
    }
    // `n` elements; those added are not initialised (see above).
    void resize(std::size_t n) {
        if (n > capacity_) grow_to(n);
        size_ = n;
    }
    void push_back(const T& value) {
        if (size_ == capacity_) {
            const T copy = value;  // `value` may be one of the elements the block moves
            grow_to(size_ + 1);
            data_[size_++] = copy;
            return;
        }
        data_[size_++] = value;
    }
    void pop_back() noexcept { --size_; }
    void clear() noexcept { size_ = 0; }

    // Inserts [first, last) before `at`. The elements may be this vector's own (a dataset
    // merged into itself): they are copied out first, as the block may move or shift.
    T* insert(const T* at, const T* first, const T* last) {
        const auto index = static_cast<std::size_t>(at - data_);
        const auto count = static_cast<std::size_t>(last - first);
        if (count == 0) return data_ + index;
        // (Compared as addresses: < between pointers into different blocks is unspecified.)
        const auto from = reinterpret_cast<std::uintptr_t>(first), own_start = reinterpret_cast<std::uintptr_t>(data_);
        if (from >= own_start && from < own_start + size_ * sizeof(T)) {  // of this vector
            const trivial_vector own(first, last);
            return insert(data_ + index, own.data_, own.data_ + count);
        }
        if (size_ + count > capacity_) grow_to(size_ + count);
        std::memmove(static_cast<void*>(data_ + index + count), data_ + index, (size_ - index) * sizeof(T));
        std::memcpy(static_cast<void*>(data_ + index), first, count * sizeof(T));
        size_ += count;
        return data_ + index;
    }

    // Capacity down to the size, the block staying where it is wherever realloc shrinks in
    // place (glibc does; an allocator that moves the block instead is still correct). A
    // request, as std::vector's: if the allocator cannot, the vector stays as it was.
    void shrink_to_fit() noexcept {
        if (capacity_ == size_) return;
        if (size_ == 0) {
            std::free(data_);
            data_ = nullptr;
            capacity_ = 0;
            return;
        }
        if (void* block = std::realloc(data_, size_ * sizeof(T))) {
            data_ = static_cast<T*>(block);
            capacity_ = size_;
        }
    }

    // Same elements in the same order.
    friend bool operator==(const trivial_vector& a, const trivial_vector& b) noexcept(noexcept(a[0] == b[0])) {
        if (a.size_ != b.size_) return false;
        for (std::size_t i = 0; i < a.size_; ++i)
            if (!(a.data_[i] == b.data_[i])) return false;
        return true;
    }

private:
    void assign(const T* from, std::size_t n) {
        reserve(n);
        if (n != 0) std::memcpy(static_cast<void*>(data_), from, n * sizeof(T));
        size_ = n;
    }
    // Room for at least `n`: twice the capacity (16 at first), or `n` if that is more, so that
    // adding rows one by one costs a constant number of reallocations per row.
    void grow_to(std::size_t n) {
        const std::size_t doubled = capacity_ != 0 ? 2 * capacity_ : 16;
        reallocate(n > doubled ? n : doubled);
    }
    void reallocate(std::size_t n) {
        if (n > static_cast<std::size_t>(-1) / sizeof(T)) throw std::bad_alloc{};
        void* block = std::realloc(data_, n * sizeof(T));
        if (block == nullptr) throw std::bad_alloc{};  // the old block is still ours, unchanged
        data_ = static_cast<T*>(block);
        capacity_ = n;
    }

    T* data_ = nullptr;
    std::size_t size_ = 0;
    std::size_t capacity_ = 0;
};

}  // namespace pk::detail
