#include "mqtt_fleet.h"

#include <mosquitto.h>
#include <poll.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <string>

#include "console_command.h"

namespace btr::sim {

struct MqttFleet::Client {
    MqttFleet* fleet = nullptr;
    std::unique_ptr<SimulatedNode> node;
    mosquitto* mosq = nullptr;
    std::string clientId;
    bool connected = false;
    bool everConnected = false;
    bool socketOpen = false;
    double nextSampleAt = 0.0;
    double nextConnectAt = 0.0;
};

namespace {

void logLine(const std::string& line) {
    std::fputs(line.c_str(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);  // the integration test and log pipes read lines as they come
}

std::string formatRate(double hz) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", hz);
    return buffer;
}

std::string printable(const void* payload, int length) {
    std::string out;
    const char* p = static_cast<const char*>(payload);
    for (int i = 0; i < length && i < 40; ++i) {
        const unsigned char c = static_cast<unsigned char>(p[i]);
        out += (c >= 0x20 && c < 0x7f) ? static_cast<char>(c) : '?';
    }
    return length > 40 ? out + "..." : out;
}

void onConnect(mosquitto* mosq, void* userdata, int rc) {
    auto* client = static_cast<MqttFleet::Client*>(userdata);
    if (rc != 0) {
        logLine("[" + client->node->label() + "] broker refused connection: " + mosquitto_connack_string(rc));
        return;
    }
    client->connected = true;
    client->everConnected = true;
    // QoS 1 for commands: a lost "danger" must not go unnoticed.
    mosquitto_subscribe(mosq, nullptr, client->node->topics().statue.c_str(), 1);
    mosquitto_subscribe(mosq, nullptr, client->node->buttonTopic().c_str(), 1);
}

void onDisconnect(mosquitto*, void* userdata, int) {
    static_cast<MqttFleet::Client*>(userdata)->connected = false;
}

void onMessage(mosquitto*, void* userdata, const mosquitto_message* message) {
    auto* client = static_cast<MqttFleet::Client*>(userdata);
    client->fleet->handleMessage(*client, message->topic, message->payload, message->payloadlen);
}

}  // namespace

MqttFleet::MqttFleet(const SimOptions& options) : options_(options) { mosquitto_lib_init(); }

MqttFleet::~MqttFleet() {
    for (auto& c : clients_) {
        if (c->mosq == nullptr) continue;
        if (c->socketOpen) mosquitto_disconnect(c->mosq);
        mosquitto_destroy(c->mosq);
    }
    mosquitto_lib_cleanup();
}

void MqttFleet::addNode(std::unique_ptr<SimulatedNode> node) {
    auto client = std::make_unique<Client>();
    client->fleet = this;
    client->clientId = "btr-sim-" + node->label() + "-" + std::to_string(::getpid());
    client->node = std::move(node);
    client->mosq = mosquitto_new(client->clientId.c_str(), true, client.get());
    if (client->mosq == nullptr) {
        logLine("cannot create MQTT client for " + client->node->label());
        return;
    }
    mosquitto_connect_callback_set(client->mosq, onConnect);
    mosquitto_disconnect_callback_set(client->mosq, onDisconnect);
    mosquitto_message_callback_set(client->mosq, onMessage);
    clients_.push_back(std::move(client));
}

void MqttFleet::press(Client& client, const char* source) {
    const ButtonEffect effect = client.node->pressButton();
    const char* what = effect == ButtonEffect::ReleasedLatch         ? "released the latch"
                       : effect == ButtonEffect::IgnoredWhileLatched ? "ignored: latched without normal from the cloud"
                                                                     : "no override to release";
    if (!options_.quiet) logLine("[" + client.node->label() + "] button (" + source + "): " + what);
}

void MqttFleet::handleMessage(Client& client, const char* topic, const void* payload, int length) {
    const std::string t(topic);
    const std::size_t n = length > 0 ? static_cast<std::size_t>(length) : 0;
    if (t == client.node->topics().statue) {
        const bool applied = client.node->onStatueMessage(static_cast<const char*>(payload), n);
        if (!options_.quiet) {
            logLine("[" + client.node->label() + "] statue '" + printable(payload, length) + "' " +
                    (applied ? "applied" : "ignored"));
        }
    } else if (t == client.node->buttonTopic()) {
        press(client, "mqtt");
    }
}

double MqttFleet::now() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void MqttFleet::connectDue() {
    const double t = now();
    for (auto& c : clients_) {
        if (c->socketOpen || t < c->nextConnectAt) continue;
        // Blocking TCP connect: instant on loopback or a LAN broker. The
        // CONNACK arrives later through the poll loop (onConnect).
        c->socketOpen = mosquitto_connect(c->mosq, options_.host.c_str(), options_.port, 30) == MOSQ_ERR_SUCCESS;
        c->nextConnectAt = t + 1.0;  // a broker that is not up yet is retried every second
    }
}

void MqttFleet::publishDue(Client& client, double nowSeconds) {
    const double period = 1.0 / options_.rateHz;
    if (nowSeconds < client.nextSampleAt) return;
    // After a stall, resume the 2 Hz rhythm instead of sending a burst.
    client.nextSampleAt = (nowSeconds - client.nextSampleAt > period) ? nowSeconds + period : client.nextSampleAt + period;
    const auto timestampMs = static_cast<std::uint32_t>(static_cast<long long>(nowSeconds * 1000.0));
    const NodeTick tick = client.node->nextTick(timestampMs);
    if (!client.connected) {
        ++dropped_;  // as on the device: a sample taken offline is not queued
        return;
    }
    const int rc = mosquitto_publish(client.mosq, nullptr, client.node->topics().sensor.c_str(),
                                     static_cast<int>(tick.payload.size()), tick.payload.data(), options_.qos, false);
    if (rc == MOSQ_ERR_SUCCESS) {
        ++published_;
    } else {
        ++dropped_;
    }
}

void MqttFleet::handleConsoleLine(const std::string& line, bool& quit) {
    const ConsoleCommand cmd = parseConsoleCommand(line);
    switch (cmd.verb) {
        case ConsoleVerb::Empty: return;
        case ConsoleVerb::Quit: quit = true; return;
        case ConsoleVerb::Status:
            for (auto& c : clients_) logLine(c->node->stateLine() + (c->connected ? "" : " (offline)"));
            return;
        case ConsoleVerb::Button: {
            bool found = false;
            for (auto& c : clients_) {
                if (cmd.target == "all" || cmd.target == c->node->label()) {
                    press(*c, "console");
                    found = true;
                }
            }
            if (!found) logLine("no node " + cmd.target);
            return;
        }
        case ConsoleVerb::Invalid: logLine("commands: button <id>|all, status, quit"); return;
    }
}

void MqttFleet::serviceSockets(int timeoutMs, bool& quit) {
    std::vector<pollfd> fds;
    std::vector<Client*> owners;
    fds.reserve(clients_.size() + 1);
    for (auto& c : clients_) {
        const int sock = c->socketOpen ? mosquitto_socket(c->mosq) : -1;
        if (sock < 0) continue;
        short events = POLLIN;
        if (mosquitto_want_write(c->mosq)) events |= POLLOUT;
        fds.push_back({sock, events, 0});
        owners.push_back(c.get());
    }
    if (stdinOpen_) fds.push_back({STDIN_FILENO, POLLIN, 0});

    const int ready = ::poll(fds.data(), fds.size(), timeoutMs);
    if (ready <= 0) return;

    for (std::size_t i = 0; i < owners.size(); ++i) {
        Client& c = *owners[i];
        int rc = MOSQ_ERR_SUCCESS;
        if (fds[i].revents & (POLLIN | POLLHUP | POLLERR)) rc = mosquitto_loop_read(c.mosq, 1);
        if (rc == MOSQ_ERR_SUCCESS && (fds[i].revents & POLLOUT)) rc = mosquitto_loop_write(c.mosq, 1);
        if (rc != MOSQ_ERR_SUCCESS) {
            if (c.connected || c.everConnected) logLine("[" + c.node->label() + "] connection lost, reconnecting");
            c.connected = false;
            c.socketOpen = false;
            c.nextConnectAt = now() + 1.0;
        }
    }
    if (stdinOpen_ && (fds.back().revents & (POLLIN | POLLHUP))) {
        char buffer[512];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            stdinOpen_ = false;  // no console (CI, background): MQTT button only
            return;
        }
        stdinBuffer_.append(buffer, static_cast<std::size_t>(n));
        std::size_t eol;
        while ((eol = stdinBuffer_.find('\n')) != std::string::npos) {
            handleConsoleLine(stdinBuffer_.substr(0, eol), quit);
            stdinBuffer_.erase(0, eol + 1);
        }
        if (stdinBuffer_.size() > 4096) stdinBuffer_.clear();  // no newline in sight: junk
    }
}

void MqttFleet::reportStateChanges() {
    if (options_.quiet) return;
    std::string line;
    for (auto& c : clients_) {
        if (c->node->takeStateChange(line)) logLine(line);
    }
}

int MqttFleet::run(const std::atomic<bool>& stop) {
    start_ = std::chrono::steady_clock::now();
    const double period = 1.0 / options_.rateHz;
    // Spread the nodes over one period so a big fleet does not publish in bursts.
    for (std::size_t i = 0; i < clients_.size(); ++i) {
        clients_[i]->nextSampleAt = period * static_cast<double>(i) / static_cast<double>(clients_.size());
    }
    logLine("btr-node-sim: " + std::to_string(clients_.size()) + " node(s) -> " + options_.host + ":" +
            std::to_string(options_.port) + ", " + formatRate(options_.rateHz) + " Hz");

    bool quit = false;
    double lastMiscAt = 0.0;
    while (!stop.load() && !quit) {
        const double t = now();
        if (options_.durationSeconds > 0.0 && t >= options_.durationSeconds) break;
        connectDue();
        // Keepalive pings are due every 30 s; checking once a second is plenty
        // and keeps a fleet of thousands cheap.
        const bool miscDue = t - lastMiscAt >= 1.0;
        if (miscDue) lastMiscAt = t;
        double nextDue = t + 0.1;
        for (auto& c : clients_) {
            publishDue(*c, t);
            if (c->nextSampleAt < nextDue) nextDue = c->nextSampleAt;
            if (miscDue && c->socketOpen) mosquitto_loop_misc(c->mosq);
        }
        const int timeoutMs = static_cast<int>((nextDue - now()) * 1000.0);
        serviceSockets(timeoutMs < 0 ? 0 : (timeoutMs > 100 ? 100 : timeoutMs), quit);
        reportStateChanges();
    }

    std::size_t everConnected = 0;
    for (auto& c : clients_) everConnected += c->everConnected ? 1 : 0;
    logLine("btr-node-sim: published " + std::to_string(published_) + ", dropped " + std::to_string(dropped_) +
            ", nodes connected " + std::to_string(everConnected) + "/" + std::to_string(clients_.size()));
    return everConnected == clients_.size() ? 0 : 3;
}

}  // namespace btr::sim
