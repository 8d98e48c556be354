// The acta executable: everything is in the acta_cli library so tests can run commands in-process.
#include "command.hpp"

#include <iostream>

int main(int argc, char** argv)
{
    std::ios::sync_with_stdio(false);
    return acta::cli::run(argc, argv, std::cout, std::cerr);
}
