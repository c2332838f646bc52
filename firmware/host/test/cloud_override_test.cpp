#include <gtest/gtest.h>

#include <string>

#include "cloud_override.h"

using namespace btr;

namespace {

bool send(CloudOverride& o, const std::string& payload) { return o.applyPayload(payload.data(), payload.size()); }

}  // namespace

TEST(CloudCommandParse, GivenTheThreeWords_ThenRecognisedInAnyCaseTrimmedOrQuoted) {
    EXPECT_EQ(parseCloudCommand(std::string("normal")), CloudCommand::Normal);
    EXPECT_EQ(parseCloudCommand(std::string("warning")), CloudCommand::Warning);
    EXPECT_EQ(parseCloudCommand(std::string("danger")), CloudCommand::Danger);
    EXPECT_EQ(parseCloudCommand(std::string("DANGER")), CloudCommand::Danger);
    EXPECT_EQ(parseCloudCommand(std::string(" Normal\r\n")), CloudCommand::Normal);
    EXPECT_EQ(parseCloudCommand(std::string("\"danger\"")), CloudCommand::Danger);
}

TEST(CloudCommandParse, GivenMalformedPayloads_ThenUnknown) {
    const std::string bad[] = {
        "",           " ",         "dang",          "dangerous",       "danger!",     "nor mal",
        "\"danger",   "''",        "{\"statue\":\"danger\"}", "1",   "null",        "danger normal",
        std::string("danger\0x", 8), std::string("\xff\xfe\x00", 3), std::string(4096, 'a'),
    };
    for (const std::string& p : bad) EXPECT_EQ(parseCloudCommand(p), CloudCommand::Unknown) << "'" << p << "'";
    EXPECT_EQ(parseCloudCommand(nullptr, 5), CloudCommand::Unknown);
}

TEST(CloudOverride, GivenNoOverride_ThenLocalStatusIsShown) {
    CloudOverride o;
    EXPECT_EQ(o.state(), OverrideState::None);
    EXPECT_EQ(o.effectiveStatus(NodeStatus::Normal), NodeStatus::Normal);
    EXPECT_EQ(o.effectiveStatus(NodeStatus::Warning), NodeStatus::Warning);
    EXPECT_EQ(o.effectiveStatus(NodeStatus::Danger), NodeStatus::Danger);
}

TEST(CloudOverride, GivenDanger_ThenDangerIsLatchedWhateverTheSensorsSay) {
    CloudOverride o;
    EXPECT_TRUE(send(o, "danger"));
    EXPECT_EQ(o.state(), OverrideState::DangerLatched);
    EXPECT_TRUE(o.latched());
    EXPECT_EQ(o.effectiveStatus(NodeStatus::Normal), NodeStatus::Danger);
}

TEST(CloudOverride, GivenDangerLatched_WhenButtonPressedWithoutNormal_ThenStillLatched) {
    CloudOverride o;
    send(o, "danger");
    EXPECT_EQ(o.pressButton(), ButtonEffect::IgnoredWhileLatched);
    EXPECT_EQ(o.state(), OverrideState::DangerLatched);
}

TEST(CloudOverride, GivenDangerLatched_WhenNormalArrives_ThenOnlyAReleaseIsArmedAndDangerStays) {
    CloudOverride o;
    send(o, "danger");
    EXPECT_TRUE(send(o, "normal"));
    EXPECT_EQ(o.state(), OverrideState::ReleasePending);
    EXPECT_EQ(o.effectiveStatus(NodeStatus::Normal), NodeStatus::Danger);
}

TEST(CloudOverride, GivenReleasePending_WhenButtonPressed_ThenLocalEvaluationResumes) {
    CloudOverride o;
    send(o, "danger");
    send(o, "normal");
    EXPECT_EQ(o.pressButton(), ButtonEffect::ReleasedLatch);
    EXPECT_EQ(o.state(), OverrideState::None);
    EXPECT_EQ(o.effectiveStatus(NodeStatus::Normal), NodeStatus::Normal);
    EXPECT_EQ(o.effectiveStatus(NodeStatus::Warning), NodeStatus::Warning);
}

TEST(CloudOverride, GivenReleasePending_WhenDangerArrivesAgain_ThenReleaseIsDisarmed) {
    CloudOverride o;
    send(o, "danger");
    send(o, "normal");
    send(o, "danger");
    EXPECT_EQ(o.state(), OverrideState::DangerLatched);
    EXPECT_EQ(o.pressButton(), ButtonEffect::IgnoredWhileLatched);
    EXPECT_EQ(o.effectiveStatus(NodeStatus::Normal), NodeStatus::Danger);
}

TEST(CloudOverride, GivenLatched_WhenWarningArrives_ThenIgnoredAndDangerStays) {
    CloudOverride o;
    send(o, "danger");
    EXPECT_FALSE(send(o, "warning"));
    EXPECT_EQ(o.state(), OverrideState::DangerLatched);
    send(o, "normal");
    EXPECT_FALSE(send(o, "warning"));
    EXPECT_EQ(o.state(), OverrideState::ReleasePending);
}

TEST(CloudOverride, GivenWarning_ThenWarningShownButLocalDangerIsNotMasked) {
    CloudOverride o;
    EXPECT_TRUE(send(o, "warning"));
    EXPECT_EQ(o.state(), OverrideState::Warning);
    EXPECT_EQ(o.effectiveStatus(NodeStatus::Normal), NodeStatus::Warning);
    EXPECT_EQ(o.effectiveStatus(NodeStatus::Danger), NodeStatus::Danger);
    EXPECT_FALSE(o.latched());
}

TEST(CloudOverride, GivenWarning_WhenNormalArrives_ThenClearedWithoutButton) {
    CloudOverride o;
    send(o, "warning");
    send(o, "normal");
    EXPECT_EQ(o.state(), OverrideState::None);
}

TEST(CloudOverride, GivenWarning_WhenDangerArrives_ThenLatched) {
    CloudOverride o;
    send(o, "warning");
    send(o, "danger");
    EXPECT_EQ(o.state(), OverrideState::DangerLatched);
}

TEST(CloudOverride, GivenNoOverride_WhenButtonPressed_ThenItIsFreeForOtherUses) {
    CloudOverride o;
    EXPECT_EQ(o.pressButton(), ButtonEffect::NoOverride);
    send(o, "warning");
    EXPECT_EQ(o.pressButton(), ButtonEffect::NoOverride);
    EXPECT_EQ(o.state(), OverrideState::Warning);
}

TEST(CloudOverride, GivenAnyState_WhenMalformedPayloadArrives_ThenStateIsUnchanged) {
    for (const char* setup : {"", "warning", "danger", "danger+normal"}) {
        CloudOverride o;
        const std::string s(setup);
        if (s == "warning") send(o, "warning");
        if (s == "danger" || s == "danger+normal") send(o, "danger");
        if (s == "danger+normal") send(o, "normal");
        const OverrideState before = o.state();
        for (const char* junk : {"", "garbage", "{\"status\":\"normal\"}", "normal?", "0"}) {
            EXPECT_FALSE(send(o, junk)) << junk;
            EXPECT_EQ(o.state(), before) << setup << " / " << junk;
        }
    }
}

TEST(CloudOverride, GivenNormalWithoutOverride_ThenNothingChanges) {
    CloudOverride o;
    EXPECT_TRUE(send(o, "normal"));
    EXPECT_EQ(o.state(), OverrideState::None);
}
