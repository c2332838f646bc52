#include "wifi_policy.h"

namespace btr {

void WifiFallbackPolicy::begin(std::uint32_t /*nowMs*/, bool hasPrimary, bool hasPrevious) {
    hasPrimary_ = hasPrimary;
    hasPrevious_ = hasPrevious;
    target_ = hasPrimary ? WifiNetwork::Primary : (hasPrevious ? WifiNetwork::Previous : WifiNetwork::None);
    failures_ = 0;
    apOpen_ = true;
    connected_ = false;
}

void WifiFallbackPolicy::onAttemptFailed(std::uint32_t /*nowMs*/) {
    if (connected_) return;  // a stale report from before the connection
    ++failures_;
    if (failures_ < kFailuresBeforeSwitch) return;
    failures_ = 0;
    // No Wi-Fi works right now: the AP must be reachable for reconfiguration.
    apOpen_ = true;
    if (target_ == WifiNetwork::Primary && hasPrevious_) {
        target_ = WifiNetwork::Previous;
    } else if (target_ == WifiNetwork::Previous && hasPrimary_) {
        target_ = WifiNetwork::Primary;
    }
}

void WifiFallbackPolicy::onConnected(std::uint32_t nowMs) {
    connected_ = true;
    connectedAtMs_ = nowMs;
    failures_ = 0;
}

void WifiFallbackPolicy::onDisconnected(std::uint32_t /*nowMs*/) {
    connected_ = false;
    failures_ = 0;
}

void WifiFallbackPolicy::update(std::uint32_t nowMs) {
    if (apOpen_ && connected_ && nowMs - connectedAtMs_ >= kAccessPointLingerMs) apOpen_ = false;
}

}  // namespace btr
