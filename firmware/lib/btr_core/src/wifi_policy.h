// Which Wi-Fi to try and when the set-up access point is open (SPEC §9):
//  - try the configured network; after 3 failed attempts in a row fall back to
//    the previous network (and after 3 more, back again, alternating);
//  - the captive-portal AP is open from boot, so a node that never connects
//    can always be reconfigured; it is never closed before a connection;
//  - once connected, the AP closes 5 minutes later (time to finish editing);
//  - a connected node that loses Wi-Fi and then fails 3 attempts in a row
//    opens the AP again.
// Times are millis() values; differences are unsigned so the 49-day wrap of
// millis() does not matter.
#pragma once

#include <cstdint>

namespace btr {

enum class WifiNetwork { Primary, Previous, None };

class WifiFallbackPolicy {
public:
    static constexpr unsigned kFailuresBeforeSwitch = 3;
    static constexpr std::uint32_t kAccessPointLingerMs = 5u * 60u * 1000u;

    void begin(std::uint32_t nowMs, bool hasPrimary, bool hasPrevious);

    WifiNetwork networkToTry() const { return target_; }
    void onAttemptFailed(std::uint32_t nowMs);
    void onConnected(std::uint32_t nowMs);
    void onDisconnected(std::uint32_t nowMs);
    // Call regularly; closes the AP when its time is up.
    void update(std::uint32_t nowMs);

    bool accessPointOpen() const { return apOpen_; }
    bool connected() const { return connected_; }
    unsigned consecutiveFailures() const { return failures_; }

private:
    bool hasPrimary_ = false;
    bool hasPrevious_ = false;
    WifiNetwork target_ = WifiNetwork::None;
    unsigned failures_ = 0;
    bool apOpen_ = true;
    bool connected_ = false;
    std::uint32_t connectedAtMs_ = 0;
};

}  // namespace btr
