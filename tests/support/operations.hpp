#pragma once
// What the value-type tests ask of every type: which operations compile (as concepts, so a
// forbidden one is a static_assert(!...) rather than a hard error), and the text operator<<
// writes.
#include <sstream>
#include <string>

namespace pk_test {

template <class A, class B>
concept addable = requires(A a, B b) { a + b; };
template <class A, class B>
concept subtractable = requires(A a, B b) { a - b; };
template <class A, class B>
concept multipliable = requires(A a, B b) { a * b; };
template <class A, class B>
concept dividable = requires(A a, B b) { a / b; };
template <class A, class B>
concept add_assignable = requires(A a, B b) { a += b; };
template <class A, class B>
concept comparable = requires(A a, B b) { a < b; };

// The text operator<< writes.
template <class T>
std::string printed(const T& value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

}  // namespace pk_test
