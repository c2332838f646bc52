// Runs the simulated nodes against a real broker with libmosquitto. Every
// node is its own MQTT client (own connection and client id), as the devices
// are, so a load test sees N real connections. One thread drives all of them
// with poll(), which scales to thousands of nodes where a thread per client
// would not.
#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <vector>

#include "sim_options.h"
#include "simulated_node.h"

namespace btr::sim {

class MqttFleet {
public:
    explicit MqttFleet(const SimOptions& options);
    ~MqttFleet();
    MqttFleet(const MqttFleet&) = delete;
    MqttFleet& operator=(const MqttFleet&) = delete;

    void addNode(std::unique_ptr<SimulatedNode> node);

    // Runs until `stop` is set, the duration is over or "quit" is typed.
    // Returns the process exit code: 0, or 3 when a node never connected.
    int run(const std::atomic<bool>& stop);

    // Per-node connection state; public for libmosquitto's C callbacks.
    struct Client;
    void handleMessage(Client& client, const char* topic, const void* payload, int length);

private:
    double now() const;
    void connectDue();
    void publishDue(Client& client, double nowSeconds);
    void serviceSockets(int timeoutMs, bool& quit);
    void handleConsoleLine(const std::string& line, bool& quit);
    void reportStateChanges();
    void press(Client& client, const char* source);

    SimOptions options_;
    std::chrono::steady_clock::time_point start_;
    std::vector<std::unique_ptr<Client>> clients_;
    bool stdinOpen_ = true;
    std::string stdinBuffer_;
    unsigned long published_ = 0;
    unsigned long dropped_ = 0;
};

}  // namespace btr::sim
