// The release button: a mechanical contact bounces for a few ms, and one press
// must release the latch once, not several times.
#pragma once

#include <cstdint>

namespace btr {

class DebouncedButton {
public:
    explicit DebouncedButton(std::uint32_t settleMs = 30) : settleMs_(settleMs) {}

    // rawPressed: the pin level already translated to "pressed" (the board
    // inverts for its pull-up). Returns true exactly once per press, when the
    // pressed level has been stable for settleMs.
    bool update(bool rawPressed, std::uint32_t nowMs);

    bool pressed() const { return stable_; }

private:
    std::uint32_t settleMs_;
    bool stable_ = false;
    bool lastRaw_ = false;
    std::uint32_t changedAtMs_ = 0;
};

}  // namespace btr
