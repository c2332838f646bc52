// Command line of btr-node-sim.
#pragma once

#include <string>
#include <vector>

namespace btr::sim {

struct SimOptions {
    std::string host = "127.0.0.1";
    int port = 1883;
    int nodes = 1;
    std::string idPrefix = "sim";   // node ids are <prefix>-001, <prefix>-002, ...
    std::string deviceId;            // exact id of a single node (overrides the prefix)
    bool legacy = false;             // no device id: topics sensor/statue
    std::string tracePath;           // empty: synthetic trace
    double runawayAtSeconds = -1.0;  // synthetic only
    int runawayNodes = 1;            // how many nodes (from the first) run away
    double durationSeconds = 0.0;    // 0: until SIGINT/SIGTERM or "quit"
    double rateHz = 2.0;
    int qos = 0;
    bool quiet = false;              // no per-node state lines
};

struct ParseResult {
    SimOptions options;
    bool ok = false;
    bool help = false;
    std::string error;
};

ParseResult parseSimOptions(const std::vector<std::string>& args);
std::string simUsage();

// Id of node `index` (0-based) under these options; empty in legacy mode.
std::string nodeIdFor(const SimOptions& options, int index);

}  // namespace btr::sim
