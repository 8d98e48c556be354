// The discourse context: the running anchor year, advanced in one place (context.hpp).
#include "context.hpp"

#include <catch2/catch.hpp>

using acta::import::find_dates;
using acta::import::running_year;

TEST_CASE("context: the running year moves to the last year written explicitly", "[import][context]")
{
    CHECK(running_year(find_dates("On 12 March 2004 and in 2007 the Senate ..."), 1990) == 2007);
    CHECK(running_year(find_dates("In 2013-2014 the assembly ..."), 0) == 2014);
    // A yearless date takes the anchor and does not move it.
    CHECK(running_year(find_dates("On 5 May the Senate voted.", {2010}), 2010) == 2010);
    CHECK(running_year(find_dates("No date here."), 1999) == 1999);
    CHECK(running_year({}, 0) == 0);
}
