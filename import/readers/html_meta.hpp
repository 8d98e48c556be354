#pragma once
// What an HTML page says about itself: title, author, published date, canonical URL.
#include "document.hpp"

#include <gumbo.h>

#include <string>
#include <string_view>

namespace acta::import::readers::html {

// Title from og:title, else <title>; author from <meta name=author>, article:author or an
// element marked rel/itemprop=author ("By " dropped); published from article:published_time,
// itemprop=datePublished, <meta name=date>, or the first <time datetime> of the content root
// before its first paragraph (a byline's); URL from <link rel=canonical>, else og:url.
DocumentMeta read_meta(const GumboNode* document, const GumboNode* root);

// The date at the start of an ISO 8601 value ("2014-02-27T09:15:00+04:00" -> "2014-02-27",
// "2014-02" -> "2014-02"), or "" when it does not start with a valid date.
std::string iso_date_prefix(std::string_view value);

} // namespace acta::import::readers::html
