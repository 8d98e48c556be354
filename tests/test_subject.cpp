#include "error.hpp"
#include "importer.hpp"
#include "subject.hpp"

#include <catch2/catch.hpp>

#include <string>

using acta::import::EventList;
using acta::import::find_known_subject;
using acta::import::import_text;

namespace {

// The listed event a text is about, or "" when it names none.
std::string known(const std::string& text)
{
    const auto k = find_known_subject(text);
    return k.event ? k.event->name : "";
}

// The subject an import of `text` records, or "" when it has none.
std::string imported(const std::string& text)
{
    const auto r = import_text(text);
    return r.subject ? r.subject->name : "";
}

} // namespace

TEST_CASE("subject: listed events by their aliases", "[subject]")
{
    struct Case {
        const char* text;
        const char* event;
    };
    const Case cases[] = {
        {"The Rada marked the anniversary of the Holodomor.", "Holodomor"},
        {"A motion on the Holodomor-Genocide was tabled.", "Holodomor"},
        {"Victims of the Great Famine of 1932-33 were remembered.", "Holodomor"},
        {"The Senate recognized the Armenian genocide.", "Armenian genocide"},
        {"The Senate recognized the Armenian 'genocide' after a long debate.", "Armenian genocide"},
        {"Commemoration of Medz Yeghern in the city.", "Armenian genocide"},
        {"The Riksdag debated the genocide against Armenians, Assyrians/Syrians/Chaldeans and the Pontic Greeks.",
         "Armenian, Assyrian and Greek genocides"},
        {"They spoke of Seyfo and of Sayfo.", "Assyrian genocide"},
        {"A day of remembrance for the Pontic genocide.", "Greek genocide"},
        {"The Milli Majlis spoke of Xocalı.", "Khojaly"},
        {"The Khodjaly tragedy was remembered.", "Khojaly"},
        {"Parliament on Porajmos, also called Samudaripen.", "Roma genocide"},
        {"Thousands of Ezidis fled Sinjar; the Yazidi genocide was recognized.", "Yazidi genocide"},
        {"The Nanking massacre of 1937.", "Nanjing massacre"},
        {"The Sabra and Shatila massacre.", "Sabra and Shatila massacre"},
        {"A law on the genocide against the Tutsi.", "Rwanda genocide against the Tutsi"},
        {"Victims of the Khmer Rouge.", "Cambodian genocide"},
        {"A resolution on the Uighurs of Xinjiang.", "Uyghur genocide"},
        {"The Sürgünlik of 1944.", "Crimean Tatar deportation"},
        {"The famine of 1930-1933 known as Asharshylyk.", "Kazakh famine"},
        {"The Herero and Nama genocide of 1904.", "Herero and Nama genocide"},
        // Other languages' names, inflected as a sentence needs them (aliases match whole words).
        {"Der Landtag gedachte des Völkermords an den Armeniern.", "Armenian genocide"},
        {"Le Sénat a débattu du génocide des Arméniens.", "Armenian genocide"},
        {"Парламент обсудил признание геноцида армян.", "Armenian genocide"},
        {"Posłowie uczcili ofiary zbrodni katyńskiej.", "Katyn massacre"},
        {"Senát jednal o hladomoru na Ukrajině.", "Holodomor"},
        {"Sejm przyjął uchwałę o rzezi wołyńskiej.", "Volhynia massacre"},
        {"Η Βουλή τίμησε τη Γενοκτονία των Ποντίων.", "Greek genocide"},
        {"Uchwała w sprawie Holokaustu Romów.", "Roma genocide"},
        {"Le texte dénonce le sort des Ouïghours.", "Uyghur genocide"},
        {"A motion on the genocide in Gaza.", "Gaza genocide"},
        {"Парламент визнав дії армії геноцидом; про геноцид в Україні заявили депутати.", "Genocide in Ukraine (2022)"},
        {"Senatul a adoptat o rezoluție despre genocidul armean.", "Armenian genocide"},
        {"The committee heard survivors' accounts of the killings of Armenians.", "Armenian genocide"},
        {"Les députés ont évoqué le génocide des assyro-chaldéens.", "Assyrian genocide"},
        {"A day to remember the genocide of Pontian Greeks.", "Greek genocide"},
        {"Descendants of the Ovaherero asked for talks.", "Herero and Nama genocide"},
        {"Milletvekilleri Gazze'deki saldırıları kınadı.", "Gaza genocide"},
        {"Posłowie mówili, że trwa ludobójstwo na Ukrainie.", "Genocide in Ukraine (2022)"},
        {"Рада визнала дії окупантів в Україні геноцидом.", "Genocide in Ukraine (2022)"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        CHECK(known(c.text) == c.event);
    }
}

TEST_CASE("subject: traps name no listed event", "[subject]")
{
    const char* texts[] = {
        "The Soviet authorities denied it. Soviet archives were closed.",
        "The Great Hall of the Parliament was full.",
        "The Senate recognized the genocide on 3 May 2010.",
        "An Armenian delegation visited the Senate.",
        "The Greek parliament met on Wednesday.",
        "The Romania Senate adopted a resolution.",
    };
    for (const auto* t : texts) {
        INFO(t);
        CHECK(known(t).empty());
    }
}

TEST_CASE("subject: the page's event wins over another one named", "[subject]")
{
    SECTION("by frequency")
    {
        CHECK(known("The Commons voted on the Uyghur genocide. In 2016 it had recognized the Yazidi genocide. "
                    "Uyghur groups welcomed the vote. The Uyghurs of Xinjiang ...") == "Uyghur genocide");
    }
    SECTION("by the title, which weighs more than a mention in the text")
    {
        CHECK(known("Bundestag recognizes the Yazidi genocide\n\nThe vote follows its 2016 resolution on the "
                    "Armenian genocide. Members said the Armenian genocide ...") == "Yazidi genocide");
    }
    SECTION("by a heading")
    {
        const auto k = find_known_subject("Page menu\nHome\n\nSrebrenica remembered\n\nThe Holocaust and the Katyn massacre were named once each.\n");
        REQUIRE(k.event);
        CHECK(k.event->name == "Srebrenica genocide");
        CHECK(k.score == 3);
    }
    SECTION("a tie goes to the event named first")
    {
        CHECK(known("The Katyn massacre and the Holodomor were both named.") == "Katyn massacre");
    }
}

TEST_CASE("subject: the import records the listed event with its dates", "[subject]")
{
    SECTION("a listed event, its dates and aliases")
    {
        const auto r = import_text("Seimas recognizes the Holodomor\n\n"
                                   "On 22 November 2022 the Seimas of Lithuania adopted a resolution that calls the Holodomor "
                                   "of 1932-1933 as genocide.\n");
        REQUIRE(r.subject);
        CHECK(r.subject->name == "Holodomor");
        CHECK(r.subject->date_edtf == "1932/1933");
        CHECK(std::count(r.subject->aliases.begin(), r.subject->aliases.end(), "Holodomor-Genocide") == 1);
        REQUIRE(r.acts.size() == 1);
        CHECK(r.acts[0].date.start == "2022-11-22");
    }
    SECTION("the event's own year never dates an act")
    {
        const auto r = import_text("Parliament and the Armenian genocide\n\n"
                                   "In 1915 the Armenian genocide began. The Parliament of Sweden adopted a resolution "
                                   "on the Armenian genocide on 11 March 2010.\n");
        REQUIRE(r.subject);
        CHECK(r.subject->name == "Armenian genocide");
        for (const auto& a : r.acts) {
            CHECK(a.date.start.substr(0, 4) != "1915");
        }
        CHECK(std::any_of(r.acts.begin(), r.acts.end(), [](const auto& a) { return a.date.start == "2010-03-11"; }));
    }
    SECTION("a subject given by the user that names a listed event keeps its name and gets the event's dates")
    {
        const auto r = import_text("The Senate of Canada adopted a motion on 10 June 2014.\n", {"", "Roma genocide (Porajmos)", false, ""});
        REQUIRE(r.subject);
        CHECK(r.subject->name == "Roma genocide (Porajmos)");
        CHECK(r.subject->date_edtf == "1939/1945");
    }
    SECTION("\"Soviet\" or \"Great\" alone is no subject")
    {
        CHECK(imported("The Soviet famine was discussed. On 3 May 2010 the Senate of Canada adopted a motion on the Soviet famine.\n").empty());
        CHECK(imported("The Great famine was discussed. On 3 May 2010 the Senate of Canada adopted a motion on the Great famine.\n").empty());
    }
    SECTION("an event not in the list is still found as before")
    {
        CHECK(imported("On 3 May 2010 the Senate of Canada adopted a motion on the Doran massacre. "
                       "On 4 May 2011 the Senate of Chile adopted a motion on the Doran massacre.\n") == "Doran");
    }
}

TEST_CASE("subject: the event list's format is checked", "[subject]")
{
    const std::string header = "name\tkind\tplace\tfirst\tlast\taliases\n";
    CHECK_THROWS_AS(EventList("t.tsv", header + "X\tgenocide\tAA\t1915\n"), acta::DataError);
    CHECK_THROWS_AS(EventList("t.tsv", header + "X\tgenocide\tAA\t24 April 1915\t1923\tX\n"), acta::DataError);
    CHECK_THROWS_AS(EventList("t.tsv", header + "X\tgenocide\tAA\t1915-13\t1923\tX\n"), acta::DataError);
    const EventList list("t.tsv", header + "X event\tmassacre\tAA\t1940-02\t\tX event|the X affair\n");
    REQUIRE(list.events().size() == 1);
    CHECK(list.events()[0].dates.start == "1940-02-01");
    CHECK(list.events()[0].dates.end.empty());
    CHECK(list.events()[0].dates.edtf == "1940-02/..");
    CHECK(find_known_subject("On the X affair.", list).event == &list.events()[0]);
}
