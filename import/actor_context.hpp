#pragma once
// What the reading knows of a page's places and bodies when a sentence names a body only
// generically ("The Senate passed the resolution on Thursday", "Parliament unanimously adopted
// ..."): the place the page's title names and the places and bodies of the sentences read so far.
// It is advanced explicitly, once per sentence, and passed explicitly to the rules that read it
// (a part of the discourse context of issue 8).
#include <algorithm>
#include <string>
#include <vector>

namespace acta::import {

struct ActorContext {
    std::string page_place;          // the jurisdiction the page's title names, or ""
    std::string language_place;      // the one state where the page's language is mainly spoken, or "" (page_language.hpp)
    std::vector<std::string> recent; // jurisdictions named in earlier sentences, newest first

    // A jurisdiction named now: it becomes the newest; only the last few are kept.
    void note(const std::string& code)
    {
        if (code.empty()) {
            return;
        }
        recent.erase(std::remove(recent.begin(), recent.end(), code), recent.end());
        recent.insert(recent.begin(), code);
        if (recent.size() > max_recent) {
            recent.pop_back();
        }
    }

    static constexpr std::size_t max_recent = 6;
};

} // namespace acta::import
