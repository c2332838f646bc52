// Lines typed on the simulator's stdin.
#pragma once

#include <string>

namespace btr::sim {

enum class ConsoleVerb { Button, Status, Quit, Invalid, Empty };

struct ConsoleCommand {
    ConsoleVerb verb = ConsoleVerb::Empty;
    std::string target;  // node id or "all" for Button
};

ConsoleCommand parseConsoleCommand(const std::string& line);

}  // namespace btr::sim
