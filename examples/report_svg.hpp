#pragma once
// pk-report --format svg: a chart a person can read at a glance. With a time key (year or
// month): the measure over time, one series per value of the other keys, stacked bars for
// head counts and person-months, lines for the female share. Without one: horizontal bars.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <span>
#include <string>
#include <vector>

#include "report_output.hpp"

namespace pk::report {

namespace svg_detail {

inline constexpr const char* palette[] = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
                                          "#edc948", "#b07aa1", "#ff9da7", "#9c755f"};
inline constexpr const char* other_colour = "#bab0ac";

inline std::string number_text(double v, bool percent) {
    char buffer[64];
    if (percent) {
        std::snprintf(buffer, sizeof buffer, "%.0f%%", v);
        return buffer;
    }
    // Thousands separators: 12,500 reads faster than 12500 on an axis.
    std::snprintf(buffer, sizeof buffer, "%.0f", v);
    std::string digits = buffer, out;
    const bool negative = !digits.empty() && digits[0] == '-';
    if (negative) digits.erase(0, 1);
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return negative ? "-" + out : out;
}

// A tick step of 1, 2 or 5 times a power of ten giving about five ticks.
inline double nice_step(double max) {
    if (max <= 0) return 1;
    const double raw = max / 5;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * power) return m * power;
    return 10 * power;
}

inline std::string measure_title(pk::measure m) {
    switch (m) {
        case pk::measure::average: return "Average strength (people present, mean of covered months)";
        case pk::measure::total: return "Person-months";
        case pk::measure::peak: return "Peak strength (people present)";
        case pk::measure::year_end: return "Strength at the end of the period (people present)";
        case pk::measure::female: return "Female share of person-months";
    }
    return "";
}

inline std::string sources_text(const chart_context& context) {
    std::string out = "Source: ";
    for (std::size_t i = 0; i < context.files.size() && i < 3; ++i)
        out += (i ? ", " : "") + std::filesystem::path{context.files[i]}.filename().string();
    if (context.files.size() > 3) out += " and " + std::to_string(context.files.size() - 3) + " more";
    if (context.months) out += std::string{"; months "} + std::string{context.months->text().view()};
    return out;
}

inline std::string label_of(std::span<const key_value> keys, std::size_t skip) {
    std::string out;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (i == skip) continue;
        if (!out.empty()) out += " / ";
        out += keys[i].text().view();
    }
    return out;
}

}  // namespace svg_detail

inline std::string svg_chart(const table& t, const chart_context& context) {
    using namespace svg_detail;
    const bool percent = t.measure == pk::measure::female;
    const double scale = percent ? 100.0 : 1.0;
    std::size_t time_index = t.keys.size();
    for (std::size_t i = 0; i < t.keys.size(); ++i)
        if (t.keys[i] == group_key::year || t.keys[i] == group_key::month) {
            time_index = i;
            break;
        }

    std::string keys_text;
    for (std::size_t i = 0; i < t.keys.size(); ++i) keys_text += std::string{i ? (i + 1 == t.keys.size() ? " and " : ", ") : ""} + std::string{name(t.keys[i])};
    const std::string title = measure_title(t.measure) + " by " + keys_text;

    const double width = 1000, height = 580;
    const double left = 90, right = 240, top = 78, bottom = 80;
    const double plot_w = width - left - right, plot_h = height - top - bottom;
    std::string svg;
    char buffer[128];
    // Formats into the output; sized first, so a long label is never cut (a cut would drop
    // the element's closing tag and break the XML).
    auto add = [&](const char* format, auto... args) {
        const int size = std::snprintf(nullptr, 0, format, args...);
        if (size <= 0) return;
        const std::size_t old_size = svg.size();
        svg.resize(old_size + static_cast<std::size_t>(size) + 1);
        std::snprintf(svg.data() + old_size, static_cast<std::size_t>(size) + 1, format, args...);
        svg.pop_back();  // snprintf's terminating NUL
    };
    add("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" "
        "font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n", width, height, width, height);
    svg += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
    svg += "<text x=\"" + std::to_string(static_cast<int>(left)) + "\" y=\"30\" font-size=\"18\" font-weight=\"bold\">" + xml_escaped(title) + "</text>\n";
    svg += "<text x=\"" + std::to_string(static_cast<int>(left)) + "\" y=\"52\" fill=\"#555\">" + xml_escaped(sources_text(context)) + "</text>\n";

    if (t.rows.empty()) {
        svg += "<text x=\"500\" y=\"300\" text-anchor=\"middle\" fill=\"#555\">No data in the selection</text>\n</svg>\n";
        return svg;
    }

    if (time_index == t.keys.size()) {
        // Horizontal bars, largest first, at most 25.
        std::vector<const table_row*> rows;
        for (const auto& r : t.rows) rows.push_back(&r);
        std::stable_sort(rows.begin(), rows.end(), [](auto a, auto b) { return a->value.number() > b->value.number(); });
        if (rows.size() > 25) rows.resize(25);
        double max = 0;
        for (auto r : rows) max = std::max(max, r->value.number() * scale);
        const double step = nice_step(max), axis_max = std::max(step, std::ceil(max / step) * step);
        const double bar_left = left + 150, bar_w = plot_w + right - 190;
        const double slot = plot_h / static_cast<double>(rows.size());
        for (double v = 0; v <= axis_max + step / 2; v += step) {
            const double x = bar_left + bar_w * v / axis_max;
            add("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>\n", x, top, x, top + plot_h);
            add("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#333\">%s</text>\n", x, top + plot_h + 18,
                number_text(v, percent).c_str());
        }
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const double y = top + slot * static_cast<double>(i);
            const double w = bar_w * rows[i]->value.number() * scale / axis_max;
            add("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>\n", bar_left, y + slot * 0.15, w,
                slot * 0.7, palette[0]);
            svg += "<text x=\"" + std::to_string(bar_left - 6) + "\" y=\"" + std::to_string(y + slot * 0.5 + 4) +
                   "\" text-anchor=\"end\">" + xml_escaped(label_of(rows[i]->keys, t.keys.size())) + "</text>\n";
            svg += "<text x=\"" + std::to_string(bar_left + w + 4) + "\" y=\"" + std::to_string(y + slot * 0.5 + 4) +
                   "\" fill=\"#333\">" + number_text(rows[i]->value.number() * scale, percent) + "</text>\n";
        }
        svg += "</svg>\n";
        return svg;
    }

    // Time on x; one series per value of the other keys.
    std::vector<std::int32_t> times;
    std::map<std::int32_t, std::string> time_labels;
    std::map<std::string, std::map<std::int32_t, double>> series;
    std::map<std::string, double> series_total;
    for (const auto& r : t.rows) {
        const auto& k = r.keys[time_index];
        const std::int32_t code = k.key() == group_key::year ? k.year().value() : k.month().index();
        times.push_back(code);
        time_labels[code] = std::string{k.text().view()};
        std::string label = t.keys.size() == 1 ? std::string{name(t.measure)} : label_of(r.keys, time_index);
        series[label][code] += r.value.number() * scale;
        series_total[label] += r.value.number() * scale;
    }
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    std::vector<std::string> order;
    for (const auto& [label, total] : series_total) order.push_back(label);
    std::stable_sort(order.begin(), order.end(), [&](const auto& a, const auto& b) { return series_total[a] > series_total[b]; });
    // Nine series stay readable; the rest are summed into one grey series (bars) or left out (lines).
    std::string other_label;
    if (order.size() > 9) {
        other_label = "other (" + std::to_string(order.size() - 8) + ")";
        if (!percent) {
            auto& other = series[other_label];
            for (std::size_t i = 8; i < order.size(); ++i)
                for (auto [time, v] : series[order[i]]) other[time] += v;
        }
        order.resize(8);
        if (!percent) order.push_back(other_label);
    }

    double max = 0;
    for (auto time : times) {
        double stack = 0;
        for (const auto& label : order) {
            auto it = series[label].find(time);
            const double v = it == series[label].end() ? 0 : it->second;
            stack = percent ? std::max(stack, v) : stack + v;
        }
        max = std::max(max, stack);
    }
    const double step = nice_step(max), axis_max = std::max(step, std::ceil(max / step) * step);
    auto y_of = [&](double v) { return top + plot_h - plot_h * v / axis_max; };
    for (double v = 0; v <= axis_max + step / 2; v += step) {
        add("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>\n", left, y_of(v), left + plot_w, y_of(v));
        add("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" fill=\"#333\">%s</text>\n", left - 6, y_of(v) + 4,
            number_text(v, percent).c_str());
    }
    const double slot = plot_w / static_cast<double>(times.size());
    const std::size_t label_every = std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(static_cast<double>(times.size()) / 24.0)));
    for (std::size_t i = 0; i < times.size(); ++i) {
        if (i % label_every != 0) continue;
        const double x = left + slot * (static_cast<double>(i) + 0.5);
        add("<text transform=\"translate(%.1f,%.1f) rotate(-45)\" text-anchor=\"end\" fill=\"#333\">%s</text>\n", x,
            top + plot_h + 14, xml_escaped(time_labels[times[i]]).c_str());
    }
    add("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#333\"/>\n", left, top + plot_h, left + plot_w, top + plot_h);

    for (std::size_t s = 0; s < order.size(); ++s) {
        const char* colour = order[s] == other_label ? other_colour : palette[s % 9];
        if (percent) {
            std::string points;
            for (std::size_t i = 0; i < times.size(); ++i) {
                auto it = series[order[s]].find(times[i]);
                if (it == series[order[s]].end()) continue;
                std::snprintf(buffer, sizeof buffer, "%.1f,%.1f ", left + slot * (static_cast<double>(i) + 0.5), y_of(it->second));
                points += buffer;
            }
            svg += std::string{"<polyline fill=\"none\" stroke-width=\"2\" stroke=\""} + colour + "\" points=\"" + points + "\"/>\n";
        }
    }
    if (!percent) {
        for (std::size_t i = 0; i < times.size(); ++i) {
            double base = 0;
            for (std::size_t s = 0; s < order.size(); ++s) {
                auto it = series[order[s]].find(times[i]);
                if (it == series[order[s]].end() || it->second <= 0) continue;
                const char* colour = order[s] == other_label ? other_colour : palette[s % 9];
                const double y0 = y_of(base), y1 = y_of(base + it->second);
                add("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s %s: %s</title></rect>\n",
                    left + slot * static_cast<double>(i) + slot * 0.1, y1, slot * 0.8, y0 - y1, colour,
                    xml_escaped(time_labels[times[i]]).c_str(), xml_escaped(order[s]).c_str(),
                    number_text(it->second, false).c_str());
                base += it->second;
            }
        }
    }
    // Legend, largest series first (the bottom of each stack).
    for (std::size_t s = 0; s < order.size(); ++s) {
        const char* colour = order[s] == other_label ? other_colour : palette[s % 9];
        const double y = top + 20.0 * static_cast<double>(s);
        add("<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"12\" fill=\"%s\"/>\n", left + plot_w + 20, y, colour);
        svg += "<text x=\"" + std::to_string(left + plot_w + 38) + "\" y=\"" + std::to_string(y + 10) + "\">" +
               xml_escaped(order[s].substr(0, 34)) + "</text>\n";
    }
    svg += "</svg>\n";
    return svg;
}

}  // namespace pk::report
