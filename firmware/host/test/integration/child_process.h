// Child processes for the integration test (the broker and the simulator):
// output to a log file, stdin from /dev/null as in CI, killed with SIGTERM
// and, if that does not work within a bound, SIGKILL. A child also gets
// SIGTERM when the test process dies, so a crashed or timed-out test leaves
// no broker behind.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace btr::it {

class ChildProcess {
public:
    ChildProcess() = default;
    ~ChildProcess() { stop(); }
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    bool start(const std::vector<std::string>& argv, const std::string& logPath);
    bool running();
    // SIGTERM, wait up to graceMs, then SIGKILL. Returns the exit status or -1.
    int stop(int graceMs = 3000);
    const std::string& logPath() const { return logPath_; }
    std::string log() const;

private:
    pid_t pid_ = -1;
    std::string logPath_;
};

// First existing executable among explicit candidates and $PATH; empty if none.
std::string findExecutable(const std::string& name, const std::vector<std::string>& candidates);

// A port that was free on 127.0.0.1 a moment ago.
int freeLoopbackPort();

// Polls until a TCP connect to 127.0.0.1:port succeeds or timeoutMs passes.
bool waitForListener(int port, int timeoutMs);

}  // namespace btr::it
