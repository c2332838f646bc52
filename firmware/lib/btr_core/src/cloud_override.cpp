#include "cloud_override.h"

#include <cctype>
#include <cstring>

namespace btr {

namespace {

bool isTrimmed(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool equalsIgnoreCase(const char* text, std::size_t length, const char* word) {
    if (std::strlen(word) != length) return false;
    for (std::size_t i = 0; i < length; ++i) {
        if (std::tolower(static_cast<unsigned char>(text[i])) != word[i]) return false;
    }
    return true;
}

}  // namespace

CloudCommand parseCloudCommand(const char* payload, std::size_t length) {
    if (payload == nullptr) return CloudCommand::Unknown;
    std::size_t begin = 0;
    std::size_t end = length;
    while (begin < end && isTrimmed(payload[begin])) ++begin;
    while (end > begin && isTrimmed(payload[end - 1])) --end;
    if (end - begin >= 2 && payload[begin] == '"' && payload[end - 1] == '"') {
        ++begin;
        --end;
    }
    const char* word = payload + begin;
    const std::size_t n = end - begin;
    // memchr guards against payloads with an embedded NUL ("danger\0junk").
    if (std::memchr(word, '\0', n) != nullptr) return CloudCommand::Unknown;
    if (equalsIgnoreCase(word, n, "normal")) return CloudCommand::Normal;
    if (equalsIgnoreCase(word, n, "warning")) return CloudCommand::Warning;
    if (equalsIgnoreCase(word, n, "danger")) return CloudCommand::Danger;
    return CloudCommand::Unknown;
}

const char* overrideStateName(OverrideState state) {
    switch (state) {
        case OverrideState::None: return "NONE";
        case OverrideState::Warning: return "WARNING";
        case OverrideState::DangerLatched: return "DANGER_LATCHED";
        case OverrideState::ReleasePending: return "RELEASE_PENDING";
    }
    return "NONE";
}

bool CloudOverride::apply(CloudCommand command) {
    switch (command) {
        case CloudCommand::Danger:
            // Also re-latches a pending release: the server changed its mind.
            state_ = OverrideState::DangerLatched;
            return true;
        case CloudCommand::Normal:
            if (state_ == OverrideState::DangerLatched) {
                state_ = OverrideState::ReleasePending;
            } else if (state_ == OverrideState::Warning) {
                state_ = OverrideState::None;
            }
            return true;
        case CloudCommand::Warning:
            if (latched()) return false;
            state_ = OverrideState::Warning;
            return true;
        case CloudCommand::Unknown:
            return false;
    }
    return false;
}

ButtonEffect CloudOverride::pressButton() {
    switch (state_) {
        case OverrideState::ReleasePending:
            state_ = OverrideState::None;
            return ButtonEffect::ReleasedLatch;
        case OverrideState::DangerLatched:
            return ButtonEffect::IgnoredWhileLatched;
        case OverrideState::None:
        case OverrideState::Warning:
            break;
    }
    return ButtonEffect::NoOverride;
}

NodeStatus CloudOverride::effectiveStatus(NodeStatus local) const {
    switch (state_) {
        case OverrideState::DangerLatched:
        case OverrideState::ReleasePending:
            return NodeStatus::Danger;
        case OverrideState::Warning:
            return moreSevere(local, NodeStatus::Warning);
        case OverrideState::None:
            break;
    }
    return local;
}

}  // namespace btr
