// Reads a few UN DPO rows, as an embedding application would, and checks what it gets.
#include <peacekeeping/peacekeeping.hpp>

#include <cstdio>

int main() {
    // Viet Nam at the end of December 2020, as in the UN rank file of that month: F12, M64.
    constexpr std::string_view text =
        "ISOCode3,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date\n"
        "VNM,UNMISS,Troops,10,53,31-Dec-20\n"
        "VNM,UNMISS,Experts on Mission,1,5,31-Dec-20\n"
        "VNM,MINUSCA,Staff Officer,1,6,31-Dec-20\n";
    auto result = pk::read_text(text, "inline");
    pk::strength total{};
    for (const auto& c : result.data) total += c.total();
    constexpr pk::country viet_nam{"VNM"};
    const bool ok = result.ok() && result.data.size() == 3 && total == pk::strength{76} &&
                    result.data.contributions()[0].country == viet_nam;
    std::printf("%s: %lld people present\n", ok ? "ok" : "FAILED", static_cast<long long>(total.people()));
    return ok ? 0 : 1;
}
