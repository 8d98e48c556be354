// Pages not in English (docs/import.md, "Pages not in English"): the message-catalog reader that
// gives country names in other languages, lower-casing beyond ASCII, translated country names with
// the English words they must never take, month names of other languages, and act words, terms,
// verbs and bodies of other languages read end to end. All examples are our own sentences.
#include "casefold.hpp"
#include "dates.hpp"
#include "error.hpp"
#include "gazetteer.hpp"
#include "importer.hpp"
#include "mo_catalog.hpp"
#include "page_language.hpp"
#include "rule_table.hpp"
#include "text.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <utility>
#include <vector>

using namespace acta::import;

namespace {

// A .mo catalog of `pairs` (msgid, msgstr), little- or big-endian.
std::string make_mo(const std::vector<std::pair<std::string, std::string>>& pairs, bool big_endian = false)
{
    std::string out;
    auto word = [&](std::uint32_t v) {
        for (int k = 0; k < 4; ++k) {
            const int shift = big_endian ? 24 - 8 * k : 8 * k;
            out += static_cast<char>(v >> shift & 0xFFU);
        }
    };
    const auto n = static_cast<std::uint32_t>(pairs.size());
    const std::uint32_t originals = 28;
    const std::uint32_t translations = originals + 8 * n;
    std::uint32_t offset = translations + 8 * n;
    std::string strings;
    std::vector<std::uint32_t> table;
    for (int side = 0; side < 2; ++side) {
        for (const auto& [id, text] : pairs) {
            const std::string& s = side == 0 ? id : text;
            table.push_back(static_cast<std::uint32_t>(s.size()));
            table.push_back(offset + static_cast<std::uint32_t>(strings.size()));
            strings += s + '\0';
        }
    }
    for (const std::uint32_t v : {0x950412deU, 0U, n, originals, translations, 0U, 0U}) {
        word(v);
    }
    for (const std::uint32_t v : table) {
        word(v);
    }
    return out + strings;
}

// The country codes the places named in `text` resolve to, joined by spaces ("" when none).
std::string countries_in(std::string_view text)
{
    const auto& g = Gazetteer::instance();
    std::string out;
    for (const auto& m : g.match(text, tokenize(text))) {
        for (const auto& meaning : m.meanings) {
            if (meaning.type == Meaning::Type::place) {
                out += (out.empty() ? "" : " ") + g.places()[meaning.index].code;
                break;
            }
        }
    }
    return out;
}

} // namespace

TEST_CASE("multilingual: message catalogs are read in either byte order", "[import][multilingual]")
{
    const std::vector<std::pair<std::string, std::string>> pairs{
        {"", "Content-Type: text/plain; charset=UTF-8\n"}, // the header: left out
        {"Poland", "Polonya"},
        {"Greece", "Ελλάδα"},
        {std::string("country\x04") + "Chad", "Çad"}, // a context is dropped
        {"Narnia", ""},                                // untranslated: left out
    };
    for (const bool big : {false, true}) {
        INFO("big-endian: " << big);
        const auto catalog = parse_mo(make_mo(pairs, big), "test.mo");
        CHECK(catalog.size() == 3);
        CHECK(catalog.at("Poland") == "Polonya");
        CHECK(catalog.at("Greece") == "Ελλάδα");
        CHECK(catalog.at("Chad") == "Çad");
        CHECK(catalog.count("Narnia") == 0);
    }
    CHECK_THROWS_AS(parse_mo("not a catalog at all, just some text", "bad.mo"), acta::DataError);
    auto truncated = make_mo(pairs);
    truncated.resize(40);
    CHECK_THROWS_AS(parse_mo(truncated, "short.mo"), acta::DataError);
    CHECK(read_mo("/nonexistent/iso_3166-1.mo").empty());
}

TEST_CASE("multilingual: lower-casing and capitals beyond ASCII", "[import][multilingual]")
{
    const std::pair<const char*, const char*> lower[] = {
        {"Senate", "senate"},          {"ÜLKE", "ülke"},     {"Şubat", "şubat"},
        {"ČESKO", "česko"},            {"ŁÓDŹ", "łódź"},     {"ΒΟΥΛΉ", "βουλή"},
        {"ВЕРХОВНА Рада", "верховна рада"}, {"İspanya", "ispanya"}, {"Ünité\xff", "ünité\xff"}, // invalid byte kept
    };
    for (const auto& [in, out] : lower) {
        CHECK(utf8_lower(in) == out);
    }
    CHECK(utf8_starts_upper("Ελλάδα"));
    CHECK(utf8_starts_upper("Česko"));
    CHECK(utf8_starts_upper("Україна"));
    CHECK_FALSE(utf8_starts_upper("γενοκτονία"));
    CHECK_FALSE(utf8_starts_upper("ülke"));
    CHECK_FALSE(utf8_starts_upper("«Polen»"));
    CHECK(utf8_letter_length("Μαΐου", 0) == 2);
    CHECK(utf8_letter_length("–", 0) == 0); // a dash is no letter
    CHECK(utf8_letter_length("a", 0) == 0); // ASCII is the caller's
    const auto tokens = tokenize("Η ΒΟΥΛΗ των Ελλήνων");
    REQUIRE(tokens.size() == 4);
    CHECK(tokens[1].lower == "βουλη");
    CHECK(tokens[3].capitalized);
    CHECK_FALSE(tokens[2].capitalized);
}

TEST_CASE("multilingual: country names in other languages, never English words", "[import][multilingual]")
{
    const std::pair<const char*, const char*> cases[] = {
        // iso-codes' translations, read at run time (languages.tsv)
        {"Polonya ve Ukrayna", "PL UA"},               // Turkish
        {"Ukrayna dışında", "UA"},                     // Turkish
        {"Amerika Birleşik Devletleri", "US"},         // Turkish, three words
        {"Česko a Slovensko", "CZ SK"},                // Czech
        {"v Ελλάδα", "GR"},                            // Greek
        {"Τσεχία", "CZ"},                              // Greek
        {"Stany Zjednoczone", "US"},                   // Polish
        {"Гpузія", ""},                                // a Latin p inside Cyrillic: no name
        {"Грузія", "GE"},                              // Ukrainian
        {"Україна", "UA"},                             // Ukrainian
        {"Bosna i Hercegovina", "BA"},                 // Bosnian
        {"Statele Unite", "US"},                       // Romanian
        {"Verenigde Staten", "US"},                    // Dutch
        // translated names match only capitalized
        {"polonya", ""},
        // names left out: English words, given names, other places (languages.tsv)
        {"The Island lies north.", ""},
        {"Man is mortal.", ""},
        {"Maurice spoke first.", ""},
        {"Columbia University", ""},
        {"Chine", ""},
        {"Indie bands", ""},
        // English names are unchanged
        {"Iceland", "IS"},
        {"the Isle of Man", "IM"},
        {"District of Columbia", "US-DC"},
        {"Slovensko", "SK"},                           // Czech and Slovak
    };
    for (const auto& [text, place] : cases) {
        INFO(text);
        CHECK(countries_in(text) == place);
    }
}

TEST_CASE("multilingual: month names of other languages", "[import][multilingual]")
{
    const std::pair<const char*, const char*> cases[] = {
        {"στις 3 Μαρτίου 2001", "2001-03-03"},          // Greek genitive
        {"την 19η ΜΑΐΟΥ 1990", ""},                    // an ordinal day in Greek: not read (no year next to a day)
        {"στις 24 ΦΕΒΡΟΥΑΡΊΟΥ 1996", "1996-02-24"},    // upper case
        {"dne 12. března 2009", "2009-03-12"},          // Czech
        {"11 października 2006 r.", "2006-10-11"},      // Polish
        {"7 Ağustos 2012'de", "2012-08-07"},            // Turkish
        {"am 5. März 2010", "2010-03-05"},              // German
        {"le 9 février 2005", "2005-02-09"},            // French
        {"on 14 mai 2003", "2003-05-14"},               // French/Romanian
        {"27 листопада 2004", "2004-11-27"},            // Ukrainian
        {"30 ноября 2008", "2008-11-30"},               // Russian
        {"6. srpnja 2011", "2011-07-06"},               // Croatian
        {"8 maart 2007", "2007-03-08"},                 // Dutch
        {"2 aprilie 2013", "2013-04-02"},               // Romanian
    };
    for (const auto& [text, start] : cases) {
        INFO(text);
        std::string got;
        for (const auto& m : find_dates(text)) {
            if (m.error.empty() && m.value.precision == acta::Precision::day) {
                got = m.value.start;
            }
        }
        CHECK(got == start);
    }
}

TEST_CASE("multilingual: act words, terms, verbs and bodies of other languages", "[import][multilingual]")
{
    struct Case {
        const char* language;
        const char* text;
        const char* jurisdiction; // "" = no act
        const char* start;        // "" = undated
        const char* term;         // "" = none expected
    };
    const Case cases[] = {
        {"el", "Η Βουλή των Ελλήνων αναγνώρισε τη γενοκτονία στις 3 Μαρτίου 2001.", "GR", "2001-03-03", "genocide"},
        {"pl", "Parlament Europejski przyjął uchwałę w sprawie ludobójstwa w dniu 11 października 2006 r.", "EU",
         "2006-10-11", "genocide"},
        {"de", "Der Deutsche Bundestag hat im März 2010 eine Entschließung verabschiedet.", "DE", "2010-03-01", ""},
        {"cs", "Poslanecká sněmovna dne 12. března 2009 schválila usnesení o genocidě.", "CZ", "2009-03-12",
         "genocide"},
        {"ro", "Parlamentul României a adoptat o rezoluție pe 2 aprilie 2013.", "RO", "2013-04-02", ""},
        {"uk", "Верховна Рада України 27 листопада 2004 ухвалила постанову про геноцид.", "UA", "2004-11-27",
         "genocide"},
        {"tr", "Türkiye Büyük Millet Meclisi 7 Ağustos 2012 tarihinde bir karar kabul etti.", "TR", "2012-08-07", ""},
        // not an act: a parliament named with no act word
        {"el", "Η Βουλή των Ελλήνων συνεδρίασε στις 3 Μαρτίου 2001.", "", "", ""},
    };
    for (const auto& c : cases) {
        INFO(c.language << ": " << c.text);
        const auto r = import_text(c.text);
        if (std::string(c.jurisdiction).empty()) {
            CHECK(r.acts.empty());
            continue;
        }
        REQUIRE(r.acts.size() == 1);
        CHECK(r.acts[0].body.jurisdiction_code == c.jurisdiction);
        CHECK(r.acts[0].date.start == c.start);
        if (*c.term) {
            REQUIRE(r.acts[0].terms.size() == 1);
            CHECK(r.acts[0].terms[0].term == c.term);
        }
    }
}

TEST_CASE("multilingual: a list of countries before its closing verb", "[import][multilingual]")
{
    using namespace acta::test;
    const RuleTable run{jurisdiction_rule};
    run({
        {"verb-final (tr)", "Bugüne kadar Arjantin, Belçika, Kanada ve Polonya bu kıtlığı soykırım olarak tanıdı.",
         {"AR prose/verb-final", "BE prose/verb-final", "CA prose/verb-final", "PL prose/verb-final"}},
        {"verb-final (de)", "Seitdem haben Estland, Georgien und Italien die Hungersnot als Völkermord anerkannt.",
         {"EE prose/verb-final", "GE prose/verb-final", "IT prose/verb-final"}},
        {"verb-final (de, rest)", "Auch Kanada, Belgien, Peru und viele weitere Staaten haben die Tragödie als Genozid anerkannt.",
         {"CA prose/verb-final", "BE prose/verb-final", "PE prose/verb-final"}},
        // English puts the verb right after the list: read by `country-subject` and `coordinated`
        {"verb-final (en)", "Estonia, Georgia and Italy recognized the famine as genocide.",
         {"EE prose/country-subject", "GE prose/coordinated", "IT prose/coordinated"}},
        // a body named before the list is the actor: the countries are not
        {"verb-final (de, body)", "Der Bundestag hat Estland, Georgien und Italien als Partner anerkannt.", {}},
        // two countries are no list
        {"verb-final (de, two)", "Seitdem haben Estland und Italien die Hungersnot als Völkermord anerkannt.", {}},
    });
}

TEST_CASE("multilingual: the page's language names the state of a body named alone", "[import][multilingual]")
{
    struct Case {
        const char* text;
        const char* language; // "" = no language clearly leads
        const char* place;    // "" = the language points at no one state
    };
    const Case cases[] = {
        {"Senát dnes schválil zákon, který se týká škol, a také usnesení, které bylo podle návrhu.", "cs", "CZ"},
        {"Η Βουλή ψήφισε σήμερα το νομοσχέδιο για την παιδεία και τις σχολές της χώρας με μεγάλη πλειοψηφία.", "el",
         "GR"},
        {"Sejm przyjął dziś ustawę, która została przez posłów poparta, oraz uchwałę dla szkół.", "pl", "PL"},
        // German is spoken in several states: its pages name no state
        {"Das Parlament hat die Vorlage mit der Mehrheit von den Stimmen angenommen und auch beschlossen.", "de", ""},
        {"The Senate passed the bill on Tuesday and sent it to the House, which has yet to vote.", "en", ""},
        // too few words to tell
        {"Senát 2008", "", ""},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        CHECK(page_language(c.text) == c.language);
        CHECK(page_language_place(c.text) == c.place);
    }
    using namespace acta::test;
    const RuleTable run{jurisdiction_rule};
    run({
        {"body-noun+language (cs)",
         "Senát dnes označil hladomor za genocidu, kterou byl podle historiků zasažen celý národ, a také vyzval vládu.",
         {"CZ prose/body-noun+language"}},
        {"body-noun+language (el)",
         "Η Βουλή αναγνώρισε σήμερα τη γενοκτονία και τίμησε τη μνήμη των θυμάτων με ενός λεπτού σιγή στην αίθουσα της.",
         {"GR prose/body-noun+language"}},
        // an explicit place comes first: the Slovak Senate named on a Czech page is not the Czech one
        {"body-noun+language (cs, explicit place)",
         "Polský Senát dnes označil hladomor za genocidu, kterou byl podle historiků zasažen celý národ, a také vyzval vládu.",
         {"PL prose/body-noun"}},
    });
}

TEST_CASE("multilingual: wrapped lines, years and adjectives of other languages", "[import][multilingual]")
{
    using namespace acta::test;
    const RuleTable run{jurisdiction_start};
    run({
        // a line going on with a lower-case Greek word continues the sentence above it
        {"wrap (el)", "Η Βουλή των Ελλήνων\nαναγνώρισε τη γενοκτονία το 2001, και όρισε\nημέρα μνήμης.", {"GR 2001-01-01"}},
        {"year (pl)", "W 2009 r. polski parlament uznał ten dzień za dzień pamięci.", {"PL 2009-01-01"}},
        {"year (de)", "Im Jahr 2006 hat das litauische Parlament die Deportation als Völkermord anerkannt.",
         {"LT 2006-01-01"}},
        {"adjective (cs)", "Český parlament uznal genocidu v roce 2012.", {"CZ 2012-01-01"}},
    });
}

TEST_CASE("multilingual: a day's ordinal dot before a month ends no sentence", "[import][multilingual]")
{
    struct Case {
        const char* text;
        std::size_t sentences;
    };
    const Case cases[] = {
        {"Der Landtag hat am 5. März 2008 eine Erklärung angenommen. Sie wurde begrüßt.", 2},
        {"Sněmovna dne 12. Března 2009 schválila usnesení.", 1},
        {"Stortinget vedtok 3. Desember 2004 en uttalelse.", 1},
        // a number that ends a sentence before a capitalized word that is no month
        {"Die Zahl der Opfer stieg auf 12. Danach wurde eine Erklärung angenommen.", 2},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        const std::string_view text = c.text;
        CHECK(split_sentences(text, Span{0, text.size(), 1}).size() == c.sentences);
    }
    using namespace acta::test;
    const RuleTable run{jurisdiction_start};
    run({{"ordinal day (de)", "Der Deutsche Bundestag hat am 5. März 2008 die Deportation als Völkermord anerkannt.",
          {"DE 2008-03-05"}}});
}

TEST_CASE("multilingual: inventories whose agent follows 'by' in another language", "[import][multilingual]")
{
    using namespace acta::test;
    const RuleTable run{jurisdiction_start};
    run({
        // German, French, Spanish: the word for "by" before the first item of a bracketed inventory
        {"agent (de)", "Als Völkermord anerkannt wurde das Massaker auch von Kenia (Juni 2011), Nepal (1999), Russland (2003) und Ghana (Mai 2004).",
         {"KE 2011-06-01", "NP 1999-01-01", "RU 2003-01-01", "GH 2004-05-01"}},
        {"agent (es)", "La masacre fue reconocida como genocidio por Kenia (2011), Nepal (1999) y Ghana (2004).",
         {"KE 2011-01-01", "NP 1999-01-01", "GH 2004-01-01"}},
        // a month and year in brackets is the item's date, never an act number
        {"agent (en)", "The massacre was recognized as genocide by Kenya (2011), Nepal (May 1999) and Ghana (2004).",
         {"KE 2011-01-01", "NP 1999-05-01", "GH 2004-01-01"}},
        // countries a group came from are no agents
        {"agent (de, from)", "Delegierte aus Kenia (Juni 2011), Nepal (1999) und Ghana (Mai 2004) haben die Resolution begrüßt.", {}},
    });
}

TEST_CASE("multilingual: body nouns, act words and a year after the verb", "[import][multilingual]")
{
    using namespace acta::test;
    const RuleTable run{jurisdiction_start};
    run({
        // German puts the verb second: the bare year right after it dates the act
        {"year after verb (de)", "Das Europaparlament verabschiedete 1987 eine Resolution über den Völkermord.",
         {"EU 1987-01-01"}},
        {"body (es)", "El Senado de Chile aprobó una resolución sobre el genocidio en 2012.", {"CL 2012-01-01"}},
        {"body (fr)", "Le Sénat de Belgique a adopté une résolution le 3 mai 2012.", {"BE 2012-05-03"}},
        {"body (de)", "Die Nationalversammlung von Kenia hat am 3. Mai 2012 einen Antrag angenommen.", {"KE 2012-05-03"}},
        // a number before a month is a day, not the act's number
        {"body (ru)", "Сенат Чили принял резолюцию 3 мая 2012 года.", {"CL 2012-05-03"}},
        // a month in brackets after an act is its date, not its number
        {"bracketed month (en)", "The Saeima recognized the genocide (May 2005).", {"LV 2005-05-01"}},
    });
}

TEST_CASE("multilingual: Azerbaijani, Polish participles and the Duma's case forms", "[import][multilingual]")
{
    using namespace acta::test;
    const RuleTable run{jurisdiction_start};
    run({
        // Azerbaijani: the Milli Majlis in the genitive, "the decisions it adopted"
        {"decisions adopted (az)", "Milli Məclisin 2011-ci ildə qəbul etdiyi qərarlar bu faciəni soyqırımı adlandırır.",
         {"AZ undated"}},
        {"recognizes (az)", "Milli Məclis 12 mart 2013 tarixli qətnamə ilə faciəni soyqırım kimi tanıyıb.", {"AZ 2013-03-12"}},
        // Polish: a resolution "adopted by" the Sejm, in the locative
        {"participle (pl)", "W uchwale podjętej przez Sejm 5 maja 2015 r. posłowie mówią o ludobójstwie.", {"PL 2015-05-05"}},
        // Russian: the State Duma's short name, "came out with a statement"
        {"statement (ru)", "Госдума выступила с заявлением о геноциде 12 марта 2010 года.", {"RU 2010-03-12"}},
        {"genitive (ru)", "Депутаты Государственной думы приняли постановление 4 июня 2011 года.", {"RU 2011-06-04"}},
    });
}

TEST_CASE("multilingual: today, yesterday and weekdays of other languages", "[import][multilingual]")
{
    using namespace acta::test;
    const RuleTable run{jurisdiction_start};
    run({
        // date_words.tsv `day_word` and `weekday` rows with a language: counted from the dateline
        {"today (de)", "Berlin, 3. Juni 2016\n\nDer Bundestag hat heute eine Resolution zum Völkermord beschlossen.\n",
         {"DE 2016-06-03"}},
        {"yesterday (ru)", "9 марта 2012\n\nГосдума вчера приняла постановление о геноциде.\n", {"RU 2012-03-08"}},
        {"weekday (pl)", "Warszawa, 16 maja 2015\n\nSejm w czwartek przyjął uchwałę o ludobójstwie.\n", {"PL 2015-05-14"}},
        {"weekday (de)", "Berlin, 3. Juni 2016\n\nDer Bundestag hat am Donnerstag die Resolution beschlossen.\n",
         {"DE 2016-06-02"}},
        // a word left out of the lists: "morgen" is also "morning" ("heute Morgen")
        {"morning (de)", "Berlin, 3. Juni 2016\n\nDer Bundestag hat heute Morgen die Resolution beschlossen.\n",
         {"DE 2016-06-03"}},
    });
}

TEST_CASE("multilingual: Spanish and Portuguese dates with 'de', Portuguese act words", "[import][multilingual]")
{
    using namespace acta::test;
    const RuleTable run{jurisdiction_start};
    run({
        // date_words.tsv `date_joiner`: "de", "del" between day, month and year
        {"day de month de year (es)", "El Senado de Chile aprobó el 3 de mayo de 2012 una declaración.", {"CL 2012-05-03"}},
        {"del year (es)", "El Senado de Chile aprobó una moción el 9 de julio del 2010.", {"CL 2010-07-09"}},
        {"day de month de year (pt)", "O Senado do Brasil aprovou uma moção em 24 de abril de 2015.", {"BR 2015-04-24"}},
        {"em year (pt)", "A Câmara dos Deputados do Brasil aprovou uma resolução em 2015.", {"BR 2015-01-01"}},
        // "de" alone between a number and a month-like word that is no month: no date
        {"no month (es)", "El Senado de Chile aprobó una moción con 3 de los 5 votos.", {"CL undated"}},
    });
}

TEST_CASE("multilingual: Russian genitive forms of country names", "[import][multilingual]")
{
    using namespace acta::test;
    const RuleTable run{jurisdiction_start};
    run({
        // countries.tsv `foreign` rows in the genitive: a body "of" a country
        {"senate of (ru)", "Сенат Мексики принял резолюцию о геноциде 3 мая 2012 года.", {"MX 2012-05-03"}},
        {"parliament of (ru)", "Парламент Франции принял закон о геноциде 3 мая 2012 года.", {"FR 2012-05-03"}},
        // the nominative stays read
        {"nominative (ru)", "Россия признала геноцид 3 мая 2012 года.", {"RU 2012-05-03"}},
    });
}

TEST_CASE("multilingual: Persian names without capitals, Arabic-script punctuation and lists", "[import][multilingual]")
{
    using namespace acta::test;
    // a script without capitals: a `foreign` name matches as written (gazetteer.cpp, case_fits)
    CHECK(countries_in("کنیا و نپال") == "KE NP");
    CHECK(countries_in("کالیفرنیا، اوهایو") == "US-CA US-OH");
    const RuleTable run{jurisdiction_start};
    run({
        // lexicon.tsv, the Persian block: body nouns, "recognized", "passed"; date_words.tsv Persian months
        {"recognized (fa)", "عنوان\n\nمجلس کانادا در 3 مارس 2012 این کشتار را نسل کشی به رسمیت شناخت.\n", {"CA 2012-03-03"}},
        {"passed (fa)", "عنوان\n\nپارلمان نروژ قطعنامه ای درباره این کشتار را در 9 ژوئن 2010 تصویب کرد.\n", {"NO 2010-06-09"}},
        // the Arabic comma and "و" (and) join a shared-verb list after "the parliaments of the countries"
        {"shared-verb list (fa)", "عنوان\n\nپارلمان کشورهای کنیا، نپال، غنا و پرو این کشتار را نسل کشی به رسمیت شناخته اند.\n",
         {"KE undated", "NP undated", "GH undated", "PE undated"}},
        // a zero-width non-joiner inside "نسل‌کشی" and "شناخته‌اند" cuts the word as a space does
        {"zero-width non-joiner (fa)",
         "عنوان\n\nپارلمان کشورهای کنیا و نپال این کشتار را نسل\xE2\x80\x8C" "کشی به رسمیت شناخته\xE2\x80\x8C" "اند.\n",
         {"KE undated", "NP undated"}},
        // Maine ("مین") is a place only beside another US state: in the list, yes; as the ordinal ending, no
        {"Maine in a list (fa)", "عنوان\n\nقوه مقننه ایالت های اوهایو، تگزاس، مین و یوتا قطعنامه هایی درباره این کشتار تصویب کرده اند.\n",
         {"US-OH undated", "US-TX undated", "US-ME undated", "US-UT undated"}},
        {"ordinal ending, not Maine (fa)", "عنوان\n\nمجلس نمایندگان آمریکا در 20مین سالگرد این کشتار قطعنامه ای تصویب کرد.\n",
         {"US undated"}},
    });
}

TEST_CASE("multilingual: the US chambers in Polish and Romanian, Ukrainian weekdays, Greek accusative months",
          "[import][multilingual]")
{
    using namespace acta::test;
    const RuleTable run{jurisdiction_start};
    run({
        // countries.tsv: "Stanów Zjednoczonych" (pl, genitive), "SUA" (ro); lexicon.tsv: the House's names
        {"genitive (pl)", "Senat Stanów Zjednoczonych przyjął rezolucję o ludobójstwie 5 maja 2015 r.", {"US 2015-05-05"}},
        {"house (pl)", "Izba Reprezentantów Stanów Zjednoczonych uchwaliła rezolucję 5 maja 2015 r.", {"US 2015-05-05"}},
        {"short name (ro)", "Senatul SUA a adoptat o rezoluție privind genocidul pe 3 mai 2012.", {"US 2012-05-03"}},
        {"house (ro)", "Camera Reprezentantilor SUA a adoptat o rezolutie pe 3 mai 2012.", {"US 2012-05-03"}},
        // legislatures.tsv: "Верховна Рада" alone; date_words.tsv: "у четвер" counted from the dateline
        {"weekday (uk)", "Київ, 15 квітня 2022\n\nВерховна Рада у четвер ухвалила постанову про геноцид.\n", {"UA 2022-04-14"}},
        // "today's" as an adjective: "at today's sitting"
        {"today's (uk)", "Київ, 14 квітня 2022\n\nНа сьогоднішньому засіданні Верховна Рада ухвалила постанову про геноцид.\n",
         {"UA 2022-04-14"}},
        // date_words.tsv `year_mark`: the year's abbreviation after a full date belongs to the date, so a
        // page stamp "DATE р. HH:MM" still dates "today's" sitting
        {"year mark in a stamp (uk)", "3 березня 2023 р. 11:20\n\nНа сьогоднішньому засіданні Верховна Рада ухвалила постанову про геноцид.\n",
         {"UA 2023-03-03"}},
        {"year word (ru)", "Государственная дума 26 ноября 2010 года приняла заявление о трагедии.", {"RU 2010-11-26"}},
        {"year word (pl)", "Sejm przyjął uchwałę 22 lipca 2016 roku w sprawie ludobójstwa.", {"PL 2016-07-22"}},
        // date_words.tsv: the accusative "Φεβρουάριο"; lexicon.tsv: "ανακήρυξε" (proclaimed)
        {"accusative month (el)", "Τίτλος\n\nΤον Φεβρουάριο του 1994 η Βουλή των Ελλήνων ανακήρυξε ημέρα μνήμης για τη γενοκτονία.\n",
         {"GR 1994-02-01"}},
    });
}

TEST_CASE("multilingual: German, Dutch, Polish, Russian, Ukrainian, Turkish, Bosnian and Slovenian words and case forms",
          "[import][multilingual]")
{
    using namespace acta::test;
    const RuleTable run{jurisdiction_start};
    run({
        // lexicon.tsv, the block of session 10 (ml2): "Erklärung ... gutgeheißen" (a declaration approved)
        {"approved (de)", "Der Bundestag hat am 4. März 2014 eine Erklärung gutgeheißen, die das Verbrechen verurteilt.",
         {"DE 2014-03-04"}},
        // legislatures.tsv: the Sejm's genitive; the Verkhovna Rada's Russian name; "Сейм Польши", "принятую"
        {"genitive (pl)", "Uchwała Sejmu została przyjęta 3 marca 2011 r.", {"PL 2011-03-03"}},
        {"Rada (ru)", "Верховная Рада Украины признала голод геноцидом 5 мая 2011 года.", {"UA 2011-05-05"}},
        {"Sejm (ru)", "Сейм Польши опубликовал резолюцию, принятую 3 марта 2011 года.", {"PL 2011-03-03"}},
        // the UN General Assembly in Bosnian; "prihvatila" (accepted)
        {"General Assembly (bs)", "Rezoluciju o genocidu prihvatila je Opća skupština UN-a 3. maja 2012.",
         {"UN 2012-05-03"}},
        // subdivisions.tsv: a US state in Russian after "штата"; lexicon.tsv "Законодательное собрание", "приняло"
        {"state (ru)", "Законодательное собрание штата Огайо приняло резолюцию о геноциде 3 мая 2012 года.",
         {"US-OH 2012-05-03"}},
        // date_words.tsv: "У 2015 році", "leta 2009 sprejel" are years ("У" is no author's name)
        {"year (uk)", "У 2015 році Верховна Рада визнала голод геноцидом.", {"UA 2015-01-01"}},
        {"year (sl)", "Evropski parlament je leta 2009 sprejel resolucijo o genocidu.", {"EU 2009-01-01"}},
        // countries.tsv: the Russian instrumental names the agents after "был признан" (was recognized)
        {"instrumental agents (ru)", "Геноцид был признан Францией, Литвой и Швецией.",
         {"FR undated", "LT undated", "SE undated"}},
        // "kanun teklifi" (a bill tabled) is only a proposal; "kanun" alone is a law
        {"tabled (tr)", "TBMM 3 Mart 2012 tarihinde soykırım anma günü için bir kanun teklifi görüştü.", {}},
        {"law (tr)", "TBMM 3 Mart 2012 tarihinde soykırım anma günü için bir kanun görüştü.", {"TR 2012-03-03"}},
    });
    const RuleTable typed{jurisdiction_date_type};
    typed({
        // "motie" is a motion
        {"motion (nl)", "De Tweede Kamer heeft op 12 maart 2019 een motie over de volkerenmoord aangenomen.",
         {"NL 2019-03-12 motion"}},
    });
}

TEST_CASE("multilingual: French, Spanish, Italian and Portuguese chambers, adjectives after the noun, short names",
          "[import][multilingual]")
{
    using namespace acta::test;
    const RuleTable run{jurisdiction_start};
    run({
        // countries.tsv: an adjective of nationality after the body noun ("le Sénat américain")
        {"adjective after the noun (fr)", "Le Sénat américain a adopté une résolution sur le génocide le 4 mai 2016.",
         {"US 2016-05-04"}},
        {"adjective after the noun (es)", "El Senado chileno aprobó una resolución sobre el genocidio el 4 de mayo de 2016.",
         {"CL 2016-05-04"}},
        {"adjective after the noun (pt)", "O Senado norte-americano aprovou uma resolução em 4 de maio de 2016.",
         {"US 2016-05-04"}},
        // lexicon.tsv: the common names of a lower chamber, placed by the sentence ("la Chambre des représentants"
        // is Belgium's only when Belgium is named: words.tsv generic_body_name)
        {"common chamber name (fr)", "La Chambre des représentants des États-Unis a adopté une résolution le 4 mai 2016.",
         {"US 2016-05-04"}},
        // ... and placed by an earlier sentence's country when it has a chamber of that name (legislatures.tsv aliases)
        {"common chamber name, earlier sentence (fr)",
         "Titre\n\nLe Sénat américain a adopté une résolution le 5 mai 2016.\n\nLa Chambre des représentants avait adopté le texte le 4 mars 2016.\n",
         {"US 2016-05-05", "US 2016-03-04"}},
        {"common chamber name, Belgium named (fr)", "La Chambre des représentants de Belgique a adopté une résolution le 4 mai 2016.",
         {"BE 2016-05-04"}},
        {"common chamber name (pt)", "A Câmara dos Representantes dos EUA aprovou uma resolução em 4 de maio de 2016.",
         {"US 2016-05-04"}},
        {"act noun 'projet de loi' (fr)", "Le Sénat français a adopté le projet de loi sur le génocide le 4 mai 2016.",
         {"FR 2016-05-04"}},
    });
}
