#include "debounced_button.h"

namespace btr {

bool DebouncedButton::update(bool rawPressed, std::uint32_t nowMs) {
    if (rawPressed != lastRaw_) {
        lastRaw_ = rawPressed;
        changedAtMs_ = nowMs;
        return false;
    }
    if (rawPressed == stable_ || nowMs - changedAtMs_ < settleMs_) return false;
    stable_ = rawPressed;
    return stable_;  // report the press edge only, not the release
}

}  // namespace btr
