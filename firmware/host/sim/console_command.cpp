#include "console_command.h"

#include <sstream>

namespace btr::sim {

ConsoleCommand parseConsoleCommand(const std::string& line) {
    std::istringstream in(line);
    std::string verb, target, extra;
    in >> verb >> target >> extra;
    ConsoleCommand c;
    if (verb.empty()) return c;
    if (!extra.empty()) {
        c.verb = ConsoleVerb::Invalid;
    } else if (verb == "button" && !target.empty()) {
        c.verb = ConsoleVerb::Button;
        c.target = target;
    } else if (verb == "status" && target.empty()) {
        c.verb = ConsoleVerb::Status;
    } else if (verb == "quit" && target.empty()) {
        c.verb = ConsoleVerb::Quit;
    } else {
        c.verb = ConsoleVerb::Invalid;
    }
    return c;
}

}  // namespace btr::sim
