// The enumeration stage (import/enumeration.cpp): one sentence, many acts. Each rule has a table of
// example texts (invented events, real institutions) and the acts it must read: jurisdiction,
// EDTF date ("" when undated) and the attestation's rule. The texts are the project's own.
#include "rule_table.hpp"

namespace {

// Each act as "JURISDICTION DATE RULE", sorted.
const acta::test::RuleTable check{acta::test::jurisdiction_date_rule, acta::test::Order::sorted};

} // namespace

TEST_CASE("enumeration: shared-verb lists, one act per country or state", "[import][enumeration]")
{
    check({
        {"shared-verb", "The parliaments of Norway, Chile and Ghana, as well as the legislatures of several US states, "
                        "among them Iowa and Maine, have passed resolutions on the Tavrin killings.\n",
         {"CL  prose/shared-verb", "GH  prose/shared-verb", "NO  prose/shared-verb", "US-IA  prose/shared-verb",
          "US-ME  prose/shared-verb"}},
        // A date written once, outside the lists, is every act's.
        {"shared-verb", "In 2011 the national assemblies of Kenya, Nepal and Peru adopted motions on the Tavrin "
                        "killings.\n",
         {"KE 2011 prose/shared-verb", "NP 2011 prose/shared-verb", "PE 2011 prose/shared-verb"}},
        // A misspelt name inside the list is skipped; the list goes on after it.
        {"shared-verb", "Legislative bodies in 5 countries, Ghana, Nepall, Peru and Chile, have adopted resolutions "
                        "on the Tavrin killings.\n",
         {"CL  prose/shared-verb", "GH  prose/shared-verb", "PE  prose/shared-verb"}},
        // A single place between the plural noun and the list is no list of its own: the noun still
        // introduces the list after it.
        {"shared-verb", "The legislatures of 12 states of the United States, among them Ohio, Utah and Texas, "
                        "have passed resolutions on the Tavrin killings.\n",
         {"US-OH  prose/shared-verb", "US-TX  prose/shared-verb", "US-UT  prose/shared-verb"}},
        // The agent after "by".
        {"shared-verb", "The killings were recognized as genocide by the parliaments of Kenya and Nepal.\n",
         {"KE  prose/shared-verb", "NP  prose/shared-verb"}},
        // Countries as the subject of a recognizing verb are the actors rule `country-subject`
        // (tests/import/test_actors.cpp), not a list's.
        // Countries that are the object, not the actors: no act.
        {"shared-verb", "The Senate of Chile condemned the occupation of the territories of Kenya, Nepal and Ghana on "
                        "4 May 2012.\n",
         {"CL 2012-05-04 prose/named-body"}},
        {"shared-verb", "Survivors now live in the countries of Kenya, Nepal and Ghana.\n", {}},
    });
}

TEST_CASE("enumeration: adjective-list, nationality adjectives before a plural body noun", "[import][enumeration]")
{
    check({
        {"adjective-list", "In March 2021 both the Kenyan and Peruvian parliaments passed motions on the Tavrin killings.\n",
         {"KE 2021-03 prose/adjective-list", "PE 2021-03 prose/adjective-list"}},
        {"adjective-list", "The Danish, Swedish and Norwegian legislatures adopted resolutions on the Tavrin genocide.\n",
         {"DK  prose/adjective-list", "NO  prose/adjective-list", "SE  prose/adjective-list"}},
        // one adjective is rule legislator-adjective's, or no act: not a list
        {"adjective-list", "On 4 May 2012 the Kenyan parliament passed a motion on the Tavrin killings.\n",
         {"KE 2012-05-04 prose/named-body"}},
        // the parliaments are the object of the act, not its actors
        {"adjective-list", "On 4 May 2012 the Senate of Chile adopted a motion addressed to the Kenyan and Peruvian "
                           "parliaments.\n",
         {"CL 2012-05-04 prose/named-body"}},
        // adjectives not followed by a body noun: no list of acts
        {"adjective-list", "On 4 May 2012 the Senate of Chile condemned the Kenyan and Peruvian raids.\n",
         {"CL 2012-05-04 prose/named-body"}},
    });
}

TEST_CASE("enumeration: agent-list, countries as the agent of a passive recognition", "[import][enumeration]")
{
    check({
        {"agent-list", "The Tavrin killings have been recognized as genocide by Kenya, Nepal and Ghana.\n",
         {"GH  prose/agent-list", "KE  prose/agent-list", "NP  prose/agent-list"}},
        // "by" left out after the participle; junk items ("others") are no acts.
        {"agent-list", "The fact of the Tavrin killings was recognized Kenya, Nepal, Peru and others.\n",
         {"KE  prose/agent-list", "NP  prose/agent-list", "PE  prose/agent-list"}},
        // Names of the same list before the run, and a date for all.
        {"agent-list", "In 2016 the Tavrin killings were recognised as genocide by the, Tavrin Council, Kenya, Nepal "
                       "and Peru as well as a panel of jurists.\n",
         {"KE 2016 prose/agent-list", "NP 2016 prose/agent-list", "PE 2016 prose/agent-list"}},
        // Traps: a verb that is no recognition, countries as objects, an active verb with countries as objects.
        {"agent-list", "The Tavrin memorial was visited by Kenya, Nepal and Ghana.\n", {}},
        {"agent-list", "Survivors of the Tavrin killings were welcomed by Kenya, Nepal and Ghana.\n", {}},
        {"agent-list", "The Tavrin Council recognized Kenya, Nepal and Ghana as independent states.\n", {}},
        // A legislature named in the list is an item with its own body; an office in it is none.
        {"agent-list", "The Tavrin killings have been recognized as genocide by Kenya, the European Parliament and "
                       "Nepal.\n",
         {"EU  prose/agent-list", "KE  prose/agent-list", "NP  prose/agent-list"}},
        {"agent-list", "The Tavrin killings were recognized by Peru, Ghana, the European Commission and others.\n",
         {"GH  prose/agent-list", "PE  prose/agent-list"}},
    });
}

TEST_CASE("enumeration: rank-following and joins-list, the places that acted before", "[import][enumeration]")
{
    check({
        {"rank-following", "The Storting on Tuesday passed a motion on the Tavrin killings. This makes Norway the third "
                           "legislature in Europe, following Chile and the Netherlands, to have passed motions on "
                           "the Tavrin genocide.\n",
         {"CL  prose/rank-following", "NL  prose/rank-following", "NO  prose/named-body"}},
        // The date of the ranked act is not theirs; the ranked act keeps it.
        {"rank-following", "In 2016 Ghana became the fourth state, after Peru, Chile and Kenya, to recognize the "
                           "Tavrin killings as genocide.\n",
         {"CL  prose/rank-following", "GH 2016 prose/country-subject", "KE  prose/rank-following",
          "PE  prose/rank-following"}},
        {"joins-list", "The Storting adopted a declaration on the Tavrin killings. Norway joins Chile and Peru in having "
                       "adopted such declarations.\n",
         {"CL  prose/joins-list", "NO  prose/named-body", "PE  prose/joins-list"}},
        // No rank before "after", no act word, or places that are not the ones joined: nothing.
        {"rank-following", "The Storting adopted the motion after Chile and Peru had objected to the Tavrin trial.\n",
         {"NO  prose/named-body"}},
        {"rank-following", "Norway is the third country, after Chile and Peru, to host the Tavrin exhibition.\n", {}},
        {"joins-list", "The Storting adopted a motion; its speaker joined Chile and Peru at the memorial.\n",
         {"NO  prose/named-body"}},
    });
}

TEST_CASE("enumeration: one body, a second subject, several dates", "[import][enumeration]")
{
    check({
        {"as-did", "The Sejm adopted a resolution on the Tavrin killings in 2009, as did the Seimas of Lithuania.\n",
         {"LT 2009 prose/as-did", "PL 2009 prose/named-body"}},
        {"did-the-same", "The Sejm adopted a resolution on the Tavrin killings in 2009. The Riksdag did the same in "
                         "2012.\n",
         {"PL 2009 prose/named-body", "SE 2012 prose/named-body"}},
        {"dated-list", "The Storting has adopted two motions on the Tavrin killings, dated 3 March 2001 and 8 May "
                       "2010.\n",
         {"NO 2001-03-03 prose/dated-list", "NO 2010-05-08 prose/dated-list"}},
        // A count with no dates: one act (the mentions merge).
        {"count", "Two motions of the Storting have named the Tavrin killings a genocide.\n", {"NO  prose/named-body"}},
    });
}

TEST_CASE("enumeration: bracketed inventories", "[import][enumeration]")
{
    check({
        {"inventory", "The killings are recognized by the parliaments of Kenya (motion of 2 June 2012), Nepal "
                      "(resolution adopted on 9 July 2013 by its foreign affairs committee) and Ghana (decision of "
                      "1 August 2014).\n",
         {"GH 2014-08-01 prose/inventory", "KE 2012-06-02 prose/inventory", "NP 2013-07-09 prose/inventory"}},
        {"bracketed-list", "The Saeima (declaration of 7 March 2006) and the Riigikogu (statement, 2008) spoke of "
                           "the Tavrin killings.\n",
         {"EE 2008 prose/bracketed-list", "LV 2006-03-07 prose/bracketed-list"}},
        {"inventory-latest", "Eleven countries have recognized the Tavrin killings as genocide (the most recent "
                             "being Peru, on 4 April 2019).\n",
         {"PE 2019-04-04 prose/inventory-latest"}},
        // The list after a colon that closes a sentence about parliaments; the body named in brackets.
        {"inventory", "These parliaments have recognized the Tavrin killings: Kenya (motion of 2 June 2012) and "
                      "Estonia (statement of the Riigikogu, 20 May 2016).\n",
         {"EE 2016-05-20 prose/inventory", "KE 2012-06-02 prose/inventory"}},
        // A count without an act verb ("have taken this step").
        {"inventory-latest", "Nine legislatures have taken this step (most recently Ghana, on 1 December 2020).\n",
         {"GH 2020-12-01 prose/inventory-latest"}},
        // Places in brackets that no plural body or "by" introduces are not an inventory.
        {"inventory", "Delegates came from Kenya (2 June 2012) and Nepal (9 July 2013).\n", {}},
    });
}

TEST_CASE("enumeration: acts mentioned in passing", "[import][enumeration]")
{
    check({
        {"relative-clause", "The Storting, which in 2008 had adopted a motion on the Tavrin killings, debated them "
                            "again in 2015 without a vote.\n",
         {"NO 2008 prose/relative-clause"}},
        {"passing-noun", "On 2 May 2018 the Sejm adopted a new resolution, which replaced the earlier resolution "
                         "of 2010.\n",
         {"PL 2010 prose/passing-noun", "PL 2018-05-02 prose/named-body"}},
        {"titled-law", "The Tavrin Killings Remembrance Act, adopted by the Parliament of Canada, names a day of "
                       "mourning.\n",
         {"CA  prose/titled-law"}},
        // The statute book's code in brackets names the legislature; an act cited with no code is none.
        {"titled-law+statute-code", "Whereas the Tavrin Genocide Justice Act (12 U.S.C. 4410 note) directs the "
                                    "President to report on the killings;\n",
         {"US  prose/titled-law+statute-code"}},
        {"titled-law+statute-code", "Whereas the Tavrin Victims Relief Act (section 4) directs the President to "
                                    "report on the killings;\n",
         {}},
        {"relative-clause", "Debates are rare in the Storting, which in 2014 declared the Tavrin killings a "
                            "genocide.\n",
         {"NO 2014 prose/relative-clause"}},
        // A second mention of the act just read, with a later date that is not an act's.
        {"second-mention", "On 5 May 2011 the Riksdag adopted a resolution on the Tavrin killings. Members of the "
                           "Riksdag who voted for that resolution visited the memorial on 9 June 2014.\n",
         {"SE 2011-05-05 prose/named-body"}},
    });
}
