#pragma once
// The exceptions acta throws. Only src/cli/main.cpp catches them, and maps each to an exit code:
// UsageError -> 2, DataError and DatabaseError -> 1.
#include <stdexcept>
#include <string>

namespace acta {

// The command line is wrong: unknown option, bad value, missing argument.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The input or the database content is wrong: a file that cannot be read as a chronology,
// a date that does not exist, a database that is not acta's.
class DataError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The database could not be opened, read or written (locked, read-only, disk full).
class DatabaseError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace acta
