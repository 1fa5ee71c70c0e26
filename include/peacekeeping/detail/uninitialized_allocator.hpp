#pragma once
// uninitialized_allocator<T>: std::allocator's storage, except that value-initialisation
// (vector::resize(n), vector(n)) leaves the new elements as the allocation left them instead
// of zeroing them. For vectors of trivially copyable aggregates that are sized first and then
// written on several threads (the grouping's cells): each thread then writes or zeroes its own
// part, page faults included, and no thread zeroes everything first. (A dataset's rows are a
// trivial_vector, which does the same and also gives its unused tail back in place.)
// Such a T is an implicit-lifetime type: its objects exist in the storage once it is allocated
// (C++20); an element is read only after it was written.
#include <cstddef>
#include <new>          // ::operator new, placement new
#include <type_traits>  // std::is_trivially_copyable_v

namespace pk::detail {

template <class T>
struct uninitialized_allocator {
    static_assert(std::is_trivially_copyable_v<T>, "only for trivially copyable elements");
    using value_type = T;

    uninitialized_allocator() = default;
    template <class U>
    constexpr uninitialized_allocator(const uninitialized_allocator<U>&) noexcept {}

    T* allocate(std::size_t n) { return static_cast<T*>(::operator new(n * sizeof(T))); }
    void deallocate(T* p, std::size_t) noexcept { ::operator delete(p); }

    template <class U>
    void construct(U*) noexcept {}  // value-initialisation: left undone
    template <class U, class... Args>
    void construct(U* p, Args&&... args) {
        ::new (static_cast<void*>(p)) U(static_cast<Args&&>(args)...);
    }

    template <class U>
    friend constexpr bool operator==(const uninitialized_allocator&, const uninitialized_allocator<U>&) noexcept {
        return true;
    }
};

}  // namespace pk::detail
