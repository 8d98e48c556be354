// Who acted (issue 10): each actor rule with its examples, as a table of short texts and the
// acts read from them (jurisdiction and the rule of the first attestation). The texts are our own.
#include "rule_table.hpp"

namespace {

// Each act as "JURISDICTION rule" of its first attestation, in the order of the text.
const acta::test::RuleTable run{acta::test::jurisdiction_rule};

} // namespace

TEST_CASE("actors: a country that leads its clause acts through its legislature", "[import][actors]")
{
    run({
        {"country-subject", "In 2004, Chile recognized the Tarnov killings as genocide.\n", {"CL prose/country-subject"}},
        {"country-subject", "On 9 May 2011, Austria and Slovakia formally recognised the famine as genocide.\n",
         {"AT prose/country-subject", "SK prose/coordinated"}},
        {"country-subject", "In 2012, Peru recognized the massacre as genocide.\nHungary followed on 3 June 2014.\n",
         {"PE prose/country-subject", "HU prose/country-subject"}},
        {"country-subject", "Bolivia was the first state in the region to use the term genocide for the famine, in 1998.\n",
         {"BO prose/country-subject"}},
        {"country-subject", "Ecuador was the first country to explicitly use the word genocide, in 2001.\n",
         {"EC prose/country-subject"}},
        // Any recognizing verb of the lexicon (recognizing_verb.cpp), as in agent lists.
        {"country-subject", "In 2014, Chile admitted that the Tarnov killings were genocide.\n", {"CL prose/country-subject"}},
        // Not a country's act: the country as object or victim, its ministry or government.
        {"country-subject", "In 2004, the Senate of Chile voted on a text that named Peru; it was not adopted.\n", {}},
        {"country-subject", "In 2015, Spain's foreign ministry recognized the dispute as a tragedy.\n", {}},
        {"country-subject", "In 2016, the genocide in Rwanda was recognized by a scholars' association.\n", {}},
        {"country-subject", "In 2010, Turkey condemned the resolution as genocide propaganda.\n", {}},
        {"country-subject", "In 2013 the killings in Kenya were followed by a wave of arrests.\n", {}},
    });
}

TEST_CASE("actors: a generic body takes its country from the page's context", "[import][actors]")
{
    run({
        // the country named in an earlier paragraph
        {"body-noun+discourse",
         "Ireland debated the famine for years.\n\nThe Senate passed the motion on 4 May 2012 by 40 votes to 2.\n",
         {"IE prose/body-noun+discourse"}},
        // the page's title
        {"body-noun+page", "Italy and the Varnel camps\n\nIn 2019, Parliament unanimously adopted a resolution on the camps.\n",
         {"IT prose/body-noun+page"}},
        // title-body: a title that names a body of a country places the page there
        {"body-noun+page",
         "U.S. Senate resolution on the Varnel camps\n\nThe Senate passed the resolution by unanimous consent on 3 "
         "October 2018.\n",
         {"US prose/body-noun+page"}},
        {"body-noun+page",
         "Storting motion on the Varnel camps\n\nIn 2019, Parliament unanimously adopted a resolution on the camps.\n",
         {"NO prose/body-noun+page"}},
        // code-body: an act named by its chamber's code and number, no body named
        {"code-body", "U.S. Senate resolution on the Varnel camps\n\nThe text of Senate Resolution 512, which was "
                      "adopted unanimously on 3 October 2018, is printed below.\n",
         {"US prose/code-body"}},
        {"code-body", "Remembering the Varnel camps\n\nH.Res. 77 was agreed to on 3 October 2018.\n", {"US prose/code-body"}},
        // a "Senate Resolution" on a page with no place is left without a body; so is one only introduced
        {"code-body", "Remembering the Varnel camps\n\nSenate Resolution 512 was passed on 3 October 2018.\n", {}},
        {"code-body", "U.S. Senate resolution on the Varnel camps\n\nSenate Resolution 512 was introduced on 3 October 2018.\n",
         {}},
        // a bare "Parliament" is the country's, not the region's named just before
        {"body-noun+discourse",
         "Spain and the camps\n\nCatalan lawmakers recognized the camps as genocide on 3 May 2018.\n\n"
         "In 2019, Parliament adopted a second resolution.\n",
         {"ES-CT prose/legislator-adjective", "ES prose/body-noun+discourse"}},
        // a body that the context's countries do not have is not placed
        {"body-noun+discourse", "Norway debated the famine for years.\n\nThe Senate passed the motion on 4 May 2012.\n", {}},
        // event-place: where the event happened places no body, in a heading or an earlier sentence
        {"event-place",
         "Lawmakers mark the massacre of Varnel villagers in Ghana\n\n"
         "Ottawa, 3 May 2019. Canada's lawmakers remembered the massacre of Varnel villagers in Ghana.\n\n"
         "Parliament adopted the motion on 3 May 2019.\n",
         {"CA prose/body-noun+discourse"}},
        // a negation ("unable to") before the act verb: no act
        {"negation", "In 2010, campaigners were unable to persuade the Senate of Chile to pass a resolution.\n", {}},
        {"event-place",
         "Norway spoke of the genocide in Kenya for years.\n\nThe Senate adopted the motion on 4 May 2012.\n", {}},
    });
}

TEST_CASE("actors: sibling-chamber and heading-context, two chambers placed by the page", "[import][actors]")
{
    run({
        {"sibling-chamber", "The Tavrin killings were debated across the United States.\n\nIn June 2003, the Senate and "
                            "the House of Representatives declared that the killings constitute genocide.\n",
         {"US prose/body-noun+discourse", "US prose/sibling-chamber"}},
        // The same chamber twice, or a body of another place, is no second act.
        {"sibling-chamber", "The Tavrin killings were debated across the United States.\n\nIn June 2003, the Senate "
                            "and the Senate committee declared that the killings constitute genocide.\n",
         {"US prose/body-noun+discourse"}},
        // A heading that names a place is part of the discourse ("IN THE SENATE OF ...").
        {"heading-context", "[Bills of the 109th session]\n\nIN THE SENATE OF THE UNITED STATES\n\nCONCURRENT RESOLUTION\n\nWhereas in June 2003, the "
                            "Senate declared that the Tavrin killings constitute genocide;\n",
         {"US prose/body-noun+discourse"}},
    });
}

TEST_CASE("actors: called-for, a body only asked to act", "[import][actors]")
{
    run({
        {"called-for", "On 4 May 2016 the Storting adopted a motion on the Tavrin killings.\nA deputy proposed that "
                       "the Folketing adopt a motion to declare 4 May a day of mourning.\n",
         {"NO prose/named-body"}},
        // The body before the call verb acts; "urged by" names who asked.
        {"called-for", "On 4 May 2016 the Storting adopted a motion calling on the Security Council to act on the "
                       "Tavrin killings.\n",
         {"NO prose/named-body"}},
        {"called-for", "Urged by survivors, the Storting adopted a motion on the Tavrin killings on 4 May 2016.\n",
         {"NO prose/named-body"}},
        // "calls" with the body as its object: the body is asked to meet, the text's own body acts
        {"called-for", "The motion calls the Security Council to a special sitting on the Tavrin killings.\n", {}},
        {"called-for", "On 4 May 2016 the Storting adopted a motion that calls the Security Council to a special sitting.\n",
         {"NO prose/named-body"}},
        // the agent of a passive acts, though a call verb stands before it
        {"called-for", "On 4 May 2016 the motion, which calls the Tavrin killings a genocide, was adopted by the Storting.\n",
         {"NO prose/named-body"}},
        {"called-for", "On 4 May 2016 the motion, which calls the Tavrin killings a genocide, was adopted by the Danish "
                       "Folketing.\n",
         {"DK prose/named-body"}},
        {"called-for", "The resolution urges recognition of the Tavrin genocide and was passed by the Folketing on 4 May "
                       "2016.\n",
         {"DK prose/named-body"}},
    });
}

TEST_CASE("actors: nationality or region adjectives before a word for legislators", "[import][actors]")
{
    run({
        {"legislator-adjective", "On 8 March 2016 Danish lawmakers recognized the deportations as genocide.\n",
         {"DK prose/legislator-adjective"}},
        // undated, kept: a recognizing verb with a term, even a quoted one
        {"legislator-adjective", "Greek lawmakers became the latest to recognize the \"genocide\".\n",
         {"GR prose/legislator-adjective"}},
        {"legislator-adjective", "Flemish MPs adopted a resolution on the camps on 2 July 2019.\n",
         {"BE-VLG prose/legislator-adjective"}},
        // legislators as the object of another actor's act word are not the actor
        {"legislator-adjective", "On 8 March 2016 the President urged Danish lawmakers to recognize the genocide.\n", {}},
    });
}

TEST_CASE("actors: offices are not acts, but the assembly acts they cite are", "[import][actors]")
{
    run({
        {"executive", "The Premier of Quebec issued a proclamation on 5 May 2021.\n", {}},
        {"executive", "The Islamic Summit adopted a communique on the massacre in March 2008.\n", {}},
        {"executive", "The European Commission welcomed the vote in a statement on 4 June 2019.\n", {}},
        {"cited-act",
         "The Governor of Ohio signed a proclamation on 2 May 2018 that cites the resolution of the European Parliament "
         "of 15 March 2017.\n",
         {"EU prose/cited-act"}},
        {"cited-act", "In a statement, the European Commission praised the Bundestag's resolution of 2 June 2016.\n",
         {"DE prose/cited-act"}},
        // the act noun up to four words after the possessive: "'s adoption of a resolution"
        {"cited-act",
         "Last week the foreign ministry of Norway criticized the Chilean Senate's adoption of a motion on the famine.\n",
         {"CL prose/cited-act"}},
        // an undated act cited again is the act read before it
        {"cited-act",
         "The European Parliament adopted a resolution on 15 March 2017.\n\nThe European Commission supports the "
         "European Parliament's resolution.\n",
         {"EU prose/named-body"}},
        // an office with no place of its own still makes the clause an executive's
        {"cited-act",
         "In their statements the prime minister and the mayor recalled the resolution of the General Assembly of the "
         "United Nations.\n",
         {"UN prose/cited-act"}},
        {"named-body", "The Kurdistan Parliament adopted Resolution No. 4 of 2021 on the massacre.\n", {"IQ-KR prose/named-body"}},
        // a country's representative at the United Nations is its envoy, not a member of its House
        {"executive",
         "The Norwegian representative in the assembly, Kari Holm, said that the resolution's new title is too narrow.\n",
         {}},
        {"executive", "The permanent representative of Chile said on 3 May 2019 that the resolution names the killings.\n", {}},
        {"title", "U.S. Representative Dana Bell said on 3 May 2019 that the resolution names the killings.\n",
         {"US prose/title"}},
        // former-title: an office no longer held names no executive; the assembly acts
        {"former-title",
         "On 3 May 2011 the former Minister of Culture, now a member, moved a motion on the famine that the Parliament "
         "of Norway adopted.\n",
         {"NO prose/named-body"}},
        {"former-title", "On 3 May 2011 the Minister of Culture welcomed a motion on the famine that the Parliament of Norway adopted.\n",
         {}},
    });
}

TEST_CASE("actors: names that contain a body noun but name no acting body", "[import][actors]")
{
    run({
        {"member-of",
         "The Swedish Riksdag adopted a motion on 4 March 2010. The motion was opposed by two Greek-born members of the "
         "Parliament.\n",
         {"SE prose/named-body"}},
        {"member-of", "The motion names a permanent member of the UN Security Council, the report said on 4 May 2020.\n", {}},
        {"organization-name", "On 5 May 2016 the Congress of Canadian Armenians sent a letter to the Senate.\n", {}},
        {"organization-name", "On 5 May 2016 the World Keltari Congress adopted a resolution on the deportations.\n", {}},
        // members who open the clause speak for their body
        {"member-of", "Members of the European Parliament adopted a resolution on 9 July 2015.\n", {"EU prose/named-body"}},
        {"member-of", "As the agency wrote, on 3 June 2016, members of the Chilean Senate passed a motion on the camps.\n",
         {"CL prose/named-body"}},
        {"member-of", "A text backed by members of the Chilean Senate was adopted by the city council on 3 June 2016.\n", {}},
        // an opening participle phrase is no act word before the legislators
        {"opening-participle", "Deploring the silence of Peru, the Chilean lawmakers passed the motion on 3 June 2016.\n",
         {"CL prose/legislator-adjective"}},
        {"opening-participle", "Deploring the silence, Peruvian lawmakers in exile joined a march on 3 June 2016.\n", {}},
        // the body's earlier acts named in passing, with no date: no act; with a date, that act
        {"earlier-undated",
         "On 3 June 2016 the Chilean Senate adopted a motion.\nThe motion says the prior motions of the Chilean Senate on "
         "the camps are confirmed as genocide.\n",
         {"CL prose/named-body"}},
        {"earlier-undated", "The motion confirmed the prior motions of the Chilean Senate on the camps as genocide.\n", {}},
        // A chamber joined to a place whose legislature has one chamber is not that place's.
        {"no-such-chamber", "On 4 May 2016 the Senate Norwegian Friendship Group adopted a statement.\n", {}},
        {"no-such-chamber", "Chile debated the deportations. On 4 May 2016 the Senate Swedish Caucus adopted a motion.\n",
         {"CL prose/body-noun+discourse"}},
        {"no-such-chamber", "On 4 May 2016 the Chilean Senate adopted a motion on the deportations.\n", {"CL prose/named-body"}},
    });
}

TEST_CASE("actors: unusual act wording", "[import][actors]")
{
    run({
        {"recognition+term", "The Iraqi parliament admitted that the killings were genocide.\n", {"IQ prose/named-body"}},
        {"act_verb", "Deputies of the Saeima endorsed a text on 4 May 2019 describing the camps as genocide.\n",
         {"LV prose/named-body"}},
        // a recognizing verb without a term, undated, is no act
        {"recognition+term", "The Iraqi parliament recognized the efforts of the survivors.\n", {}},
    });
}

TEST_CASE("actors: later-place, perpetrator places and repeated mentions (batch5)", "[import][actors]")
{
    run({
        // body-noun+later-place: with no context, a place later in the sentence that has such a body
        {"body-noun+later-place",
         "On 4 May 2012 the Senate passed a motion on the famine, straining ties between Norway and Chile.\n",
         {"CL prose/body-noun+later-place"}},
        {"body-noun+later-place", "On 4 May 2012 the Senate passed a motion on the famine, straining ties with Norway.\n", {}},
        // a place before a perpetration noun is the object, not the body's place
        {"body-noun+later-place", "On 4 May 2012 the Senate passed a motion condemning Chile's offensive in the north.\n", {}},
        // event-place (perpetrator): a place before a perpetration noun places no body, in a title or a sentence
        {"event-place",
         "Kenya crimes against the Varnel villagers\n\nThe National Assembly passed a resolution on 3 May 2018 calling "
         "the crimes a genocide.\n",
         {}},
        {"event-place",
         "Lawmakers speak out\n\nThe National Assembly passed a resolution on 3 May 2018 on Kenya's ongoing abuses of "
         "the Varnel villagers.\n",
         {}},
        {"event-place", "Kenya and the Varnel villagers\n\nThe National Assembly passed a resolution on 3 May 2018.\n",
         {"KE prose/body-noun+page"}},
        // repeated-mention: an undated mention placed by a heading, or after an undated act of the same body and type
        {"repeated-mention",
         "Famine debates abroad\n\nNorway\n\nThe Storting adopted a motion on the camps on 3 May 2011.\n\nThe motion "
         "was written by the chair of the foreign affairs committee of Parliament.\n",
         {"NO prose/named-body"}},
        {"repeated-mention",
         "The United States Senate passed Senate Resolution 512 by unanimous consent.\n\nBefore the vote, three "
         "senators had blocked the resolution on the floor of the Senate.\n",
         {"US prose/body-noun"}},
    });
    // A weekday counts from the page's stamp once the body is placed.
    const acta::test::RuleTable dated{acta::test::jurisdiction_date_rule};
    dated({
        {"body-noun+later-place",
         " date 2012-05-04 (Harbour Wire) The Senate on Friday passed a motion on the famine, a move that angered "
         "Norway and Chile.\n",
         {"CL 2012-05-04 prose/body-noun+later-place"}},
    });
}

TEST_CASE("actors: a capital named alone, the place inside what is recognized, a reporting source (batch7)", "[import][actors]")
{
    run({
        // Washington alone is the seat of the US government; with "state" before it, the state
        {"capital-place", "Talks between Washington and Oslo stalled over the famine.\n\nOn 4 May 2019 the Senate passed a "
                          "motion on the famine.\n",
         {"US prose/body-noun+discourse"}},
        {"capital-place", "On 4 May 2019 the Senate of the state of Washington passed a motion on the famine.\n",
         {"US-WA prose/body-noun"}},
        {"capital-place", "The famine was debated in the state of Washington.\n\nOn 4 May 2019 the Senate passed a motion "
                          "on the famine.\n",
         {"US-WA prose/body-noun+discourse"}},
        // event-place: a place after "in" inside what is recognized "as" a term is the event's, never the body's
        {"event-place",
         "On 4 May 2019 the Senate passed a motion recognizing the killings of Varnel villagers in Chile as genocide.\n",
         {}},
        {"event-place",
         "On 4 May 2019 the Senate passed a motion recognizing the killings as genocide, straining ties with Chile.\n",
         {"CL prose/body-noun+later-place"}},
    });
    const acta::test::RuleTable typed{acta::test::jurisdiction_date_type};
    typed({
        // reported-in: the source's statement is not the type of the act read before it
        {"reported-in", "On 3 May 2021 the Storting recognized the famine as genocide, the survivors' committee said in a "
                        "statement.\n",
         {"NO 2021-05-03 recognition"}},
        {"reported-in", "On 3 May 2021 the Storting said in a statement that the famine was a genocide.\n",
         {"NO 2021-05-03 statement"}},
        // ... so the next sentence naming the recognition dates it (act-date-after)
        {"reported-in",
         "The Storting on Wednesday recognized the famine as genocide, the survivors' group said in a statement on "
         "Thursday.\n\nThe recognition of the famine was passed by a unanimous vote on 9 November 2022.\n",
         {"NO 2022-11-09 recognition"}},
    });
}

TEST_CASE("actors: what a vote declares, the background of an opening phrase (batch8)", "[import][actors]")
{
    const acta::test::RuleTable undated{acta::test::jurisdiction_start};
    undated({
        // recognition+term: "voted to declare / to label X a genocide" names the act even undated
        {"recognition+term", "The Storting on Friday 3 March voted to declare the killings of the Varnel villagers a genocide.\n",
         {"NO undated"}},
        {"recognition+term", "Swedish lawmakers voted on Tuesday to label the expulsions from the valley a genocide.\n",
         {"SE undated"}},
        // ... and a resolution only introduced "to declare" one is still no act
        {"recognition+term", "A deputy introduced a resolution in the Storting to declare the famine a genocide.\n", {}},
        // non-act background: a thing that is no act inside an opening participle phrase
        {"non-act-background",
         "Following a campaign by the survivors' group, the Storting today recognised the famine as genocide.\n",
         {"NO undated"}},
        {"non-act-background", "A campaign by the survivors' group asked the Storting to recognise the famine in 2019.\n",
         {}},
    });
}
