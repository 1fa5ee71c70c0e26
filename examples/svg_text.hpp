#pragma once
// Text for the example programs' SVG charts (pk-report's and viet_nam_since_2014's).
#include <string>
#include <string_view>

namespace pk::report {

// Text as XML character data or an attribute value: & < > " escaped.
inline std::string xml_escaped(std::string_view text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

}  // namespace pk::report
