#pragma once
// A synthetic chronology of legislative acts, as large as asked, the same for the same seed on
// every platform (its own PRNG, no std:: distributions, whose output is implementation-defined).
// Used by make_corpus (for the kill test and by hand) and bench_import.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace acta::bench {

struct CorpusOptions {
    std::uint64_t seed = 1;
    std::size_t bytes = 4 << 20; // stops at the first paragraph end at or past this size
    bool crlf = false;           // CRLF line ends, as texts saved on Windows have
};

// splitmix64: tiny, good enough, and fully specified.
class Rng {
public:
    explicit Rng(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform enough in [0, n) for the small n used here.
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
    bool chance(int percent) { return below(100) < static_cast<std::size_t>(percent); }
    template <typename T, std::size_t N>
    const T& pick(const std::array<T, N>& items)
    {
        return items[below(N)];
    }

private:
    std::uint64_t m_state;
};

namespace corpus_data {

struct Country {
    std::string_view name;
    std::string_view adjective;
};

inline constexpr std::array<Country, 24> countries{{
    {"Chile", "Chilean"},        {"Mexico", "Mexican"},     {"Pakistan", "Pakistani"},
    {"Colombia", "Colombian"},   {"Peru", "Peruvian"},      {"Jordan", "Jordanian"},
    {"Honduras", "Honduran"},    {"Czech Republic", "Czech"}, {"Guatemala", "Guatemalan"},
    {"Sudan", "Sudanese"},       {"Djibouti", "Djiboutian"}, {"Panama", "Panamanian"},
    {"Bosnia and Herzegovina", "Bosnian"}, {"Romania", "Romanian"}, {"Slovenia", "Slovenian"},
    {"Uruguay", "Uruguayan"},    {"Paraguay", "Paraguayan"}, {"Scotland", "Scottish"},
    {"Indonesia", "Indonesian"}, {"Malaysia", "Malaysian"}, {"Bahrain", "Bahraini"},
    {"Kenya", "Kenyan"},         {"Albania", "Albanian"},   {"Gambia", "Gambian"},
}};

inline constexpr std::array<std::string_view, 12> us_states{
    "Massachusetts", "Texas", "Georgia", "Maine", "New Mexico", "New Jersey",
    "Arkansas", "Tennessee", "West Virginia", "Connecticut", "Florida", "Oklahoma"};

inline constexpr std::array<std::string_view, 7> chambers{
    "Senate", "Chamber of Deputies", "National Assembly", "Parliament", "House of Representatives",
    "National Congress", "Grand National Assembly"};

inline constexpr std::array<std::string_view, 6> act_types{
    "resolution", "declaration", "statement", "motion", "decision", "resolution"};

inline constexpr std::array<std::string_view, 6> verbs{
    "adopted", "passed", "approved", "unanimously adopted", "issued", "adopted"};

inline constexpr std::array<std::string_view, 5> terms{
    "genocide", "massacre", "tragedy", "crime against humanity", "genocide"};

inline constexpr std::array<std::string_view, 4> purposes{
    "recognizing the Khojaly", "condemning the Khojaly", "on the recognition of the Khojaly",
    "in connection with the anniversary of the Khojaly"};

inline constexpr std::array<std::string_view, 12> months{
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"};

inline constexpr std::array<std::string_view, 8> narrative{
    "The events of that winter night were described by journalists who reached the town days later.",
    "Every year the number of parliaments that speak about these events keeps growing, and 613 victims are remembered.",
    "Historians disagree on many details, but the figures published in 1992 and 1993 were never withdrawn.",
    "Several delegations visited the region; their reports were read out in committees and embassies.",
    "The anniversary is marked by exhibitions, conferences and a minute of silence in many capitals.",
    "Among the victims were 106 women, 63 children and 70 elderly people, according to the commission.",
    "Diplomats described the votes as a step towards wider recognition \u2014 but not all of them agreed.",
    "Newspapers printed the names of the dead on 26 February, on the front page, for many years.",
};

inline constexpr std::array<std::string_view, 6> people{
    "Jim Murphy", "Karen Hopper", "Jonathan Barnett", "Maria Lopez", "Ahmed Karimov", "Anna Novak"};

} // namespace corpus_data

// One generated chronology. Paragraph layouts, in varying proportions:
//   prose      "On 12 March 2009 the Senate of Chile adopted a resolution recognizing the Khojaly genocide."
//   list line  "3 October 1999 \u2014 Chile. The Chamber of Deputies adopted a declaration ..."
//   date after "Senate of Peru adopted a statement ...\n\nMarch 12, 2009"
//   date first "January 23, 2013\n\nArkansas House of Representatives recognized the Khojaly genocide."
//   US state   "the House of Representatives of the U.S. state of Texas passed resolution HR 535 (June 3, 2011)"
//   narrative  sentences with numbers and dates that are no acts; section headings.
class CorpusGenerator {
public:
    explicit CorpusGenerator(const CorpusOptions& options) : m_options(options), m_rng(options.seed) {}

    std::string generate()
    {
        std::string out;
        out.reserve(m_options.bytes + 4096);
        line(out, "Recognition of the Khojaly genocide: a chronology (synthetic corpus, seed " +
                      std::to_string(m_options.seed) + ")");
        line(out, "");
        while (out.size() < m_options.bytes) {
            paragraph(out);
            line(out, "");
        }
        return out;
    }

private:
    void line(std::string& out, std::string_view text)
    {
        out += text;
        out += m_options.crlf ? "\r\n" : "\n";
    }

    std::string day_month_year(int d, int m, int y)
    {
        return std::to_string(d) + " " + std::string(corpus_data::months[static_cast<std::size_t>(m)]) + " " +
               std::to_string(y);
    }
    std::string month_day_year(int d, int m, int y)
    {
        return std::string(corpus_data::months[static_cast<std::size_t>(m)]) + " " + std::to_string(d) + ", " +
               std::to_string(y);
    }
    std::string a_date(int d, int m, int y) { return m_rng.chance(50) ? day_month_year(d, m, y) : month_day_year(d, m, y); }

    std::string body()
    {
        const auto& c = m_rng.pick(corpus_data::countries);
        const auto chamber = m_rng.pick(corpus_data::chambers);
        switch (m_rng.below(3)) {
        case 0: return "the " + std::string(chamber) + " of " + std::string(c.name);
        case 1: return "the " + std::string(c.adjective) + " " + std::string(chamber);
        default: return std::string(c.name) + " " + std::string(chamber);
        }
    }

    std::string act()
    {
        const auto type = m_rng.pick(corpus_data::act_types);
        std::string s = std::string(m_rng.pick(corpus_data::verbs)) + " a " + std::string(type) + " " +
                        std::string(m_rng.pick(corpus_data::purposes)) + " " +
                        std::string(m_rng.pick(corpus_data::terms));
        if (m_rng.chance(20)) {
            s += ", sponsored by " + std::string(m_rng.pick(corpus_data::people));
        }
        return s;
    }

    static std::string capitalize(std::string s)
    {
        if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') {
            s[0] = static_cast<char>(s[0] - 'a' + 'A');
        }
        return s;
    }

    void paragraph(std::string& out)
    {
        const int y = 1993 + static_cast<int>(m_rng.below(30));
        const int m = static_cast<int>(m_rng.below(12));
        const int d = 1 + static_cast<int>(m_rng.below(28));
        const std::size_t kind = m_rng.below(100);
        if (kind < 30) {
            line(out, "On " + a_date(d, m, y) + " " + body() + " " + act() + ".");
        } else if (kind < 45) {
            const auto& c = m_rng.pick(corpus_data::countries);
            line(out, day_month_year(d, m, y) + " \u2014 " + std::string(c.name) + ". The " +
                          std::string(m_rng.pick(corpus_data::chambers)) + " " + act() + ".");
        } else if (kind < 57) {
            line(out, capitalize(body()) + " " + act() + ".");
            line(out, "");
            line(out, month_day_year(d, m, y));
        } else if (kind < 67) {
            line(out, month_day_year(d, m, y));
            line(out, "");
            line(out, capitalize(body()) + " recognized the Khojaly " + std::string(m_rng.pick(corpus_data::terms)) + ".");
        } else if (kind < 77) {
            line(out, "This was followed by resolution HR " + std::to_string(100 + m_rng.below(900)) +
                          ", passed by the House of Representatives of the U.S. state of " +
                          std::string(m_rng.pick(corpus_data::us_states)) + " (" + month_day_year(d, m, y) +
                          "), the author of which was State Representative " +
                          std::string(m_rng.pick(corpus_data::people)) + ".");
        } else if (kind < 82) {
            line(out, "In " + std::to_string(y) + "\u2013" + std::to_string(y + 1));
        } else {
            std::string p;
            const std::size_t n = 1 + m_rng.below(4);
            for (std::size_t i = 0; i < n; ++i) {
                p += (i ? " " : "") + std::string(m_rng.pick(corpus_data::narrative));
            }
            line(out, p);
        }
    }

    CorpusOptions m_options;
    Rng m_rng;
};

inline std::string generate_corpus(const CorpusOptions& options)
{
    return CorpusGenerator(options).generate();
}

} // namespace acta::bench
