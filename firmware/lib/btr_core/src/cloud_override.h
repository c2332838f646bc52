// What the server's `statue` messages do to the node (SPEC §9).
//
//   danger  -> DANGER is latched, buzzer continuous, whatever the sensors say.
//   normal  -> while latched: only arms a pending release; the node stays in
//              DANGER until someone at the device presses its button (a remote
//              message alone must never silence a local alarm).
//              otherwise: clears a cloud WARNING.
//   warning -> WARNING shown until `normal` or `danger`; ignored while latched
//              (it would lower the latched DANGER).
//   anything else (empty, unknown word, JSON, binary) is ignored.
//
// Payloads are matched case-insensitively after trimming ASCII whitespace and
// one pair of surrounding quotes, since server libraries differ in how they
// quote a plain string.
#pragma once

#include <cstddef>
#include <string>

#include "status_rule.h"

namespace btr {

enum class CloudCommand { Normal, Warning, Danger, Unknown };

CloudCommand parseCloudCommand(const char* payload, std::size_t length);
inline CloudCommand parseCloudCommand(const std::string& p) { return parseCloudCommand(p.data(), p.size()); }

enum class OverrideState {
    None,            // local evaluation rules
    Warning,         // cloud said warning
    DangerLatched,   // cloud said danger
    ReleasePending,  // latched, cloud said normal, waiting for the button
};

const char* overrideStateName(OverrideState state);

enum class ButtonEffect {
    ReleasedLatch,       // pending release confirmed: local evaluation resumes
    IgnoredWhileLatched, // latched without the cloud's normal: nothing happens
    NoOverride,          // free for other uses (e.g. paging the OLED)
};

class CloudOverride {
public:
    // Returns false when the payload was ignored.
    bool apply(CloudCommand command);
    bool applyPayload(const char* payload, std::size_t length) { return apply(parseCloudCommand(payload, length)); }

    ButtonEffect pressButton();

    OverrideState state() const { return state_; }
    bool latched() const { return state_ == OverrideState::DangerLatched || state_ == OverrideState::ReleasePending; }

    // The status the node shows and reports. A cloud WARNING never masks a
    // local DANGER.
    NodeStatus effectiveStatus(NodeStatus local) const;

private:
    OverrideState state_ = OverrideState::None;
};

}  // namespace btr
