#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "flat_json.h"

using namespace btr;

namespace {

std::vector<JsonMember> readAll(const std::string& text) {
    FlatJsonReader reader(text.data(), text.size());
    std::vector<JsonMember> members;
    JsonMember m;
    for (int guard = 0; guard < 100 && reader.next(m); ++guard) members.push_back(m);
    return members;
}

}  // namespace

TEST(JsonNumberFormat, GivenDecimals_ThenTrailingZerosAreCutButOneDecimalStays) {
    EXPECT_EQ(formatJsonNumber(25.5, 2), "25.5");
    EXPECT_EQ(formatJsonNumber(50.0, 2), "50.0");
    EXPECT_EQ(formatJsonNumber(0.126, 2), "0.13");
    EXPECT_EQ(formatJsonNumber(-0.001, 2), "0.0");
    EXPECT_EQ(formatJsonNumber(-3.25, 2), "-3.25");
}

TEST(JsonNumberFormat, GivenNaNOrInfinity_ThenNullIsWritten) {
    EXPECT_EQ(formatJsonNumber(NAN, 2), "null");
    EXPECT_EQ(formatJsonNumber(INFINITY, 2), "null");
    EXPECT_EQ(formatJsonNumber(-INFINITY, 2), "null");
}

TEST(JsonWriter, GivenNestedObject_ThenCommasAndEscapesAreRight) {
    std::string out;
    JsonWriter w(out);
    w.beginObject();
    w.key("a");
    w.integerValue(1);
    w.key("quote\"d");
    w.stringValue("line\nbreak\\ \x01");
    w.key("inner");
    w.beginObject();
    w.key("x");
    w.nullValue();
    w.key("y");
    w.numberValue(2.5, 2);
    w.endObject();
    w.key("z");
    w.stringValue("");
    w.endObject();
    EXPECT_EQ(out, R"({"a":1,"quote\"d":"line\nbreak\\ \u0001","inner":{"x":null,"y":2.5},"z":""})");
}

TEST(FlatJsonReader, GivenWellFormedObject_ThenEveryMemberIsReadWithItsKind) {
    const auto m = readAll(R"( { "n": -1.5e2, "s": "t\"x\u00e9", "b": true, "o": {"k": [1, "}"]}, "z": null } )");
    ASSERT_EQ(m.size(), 5u);
    EXPECT_EQ(m[0].key, "n");
    EXPECT_EQ(m[0].kind, JsonKind::Scalar);
    EXPECT_EQ(m[0].text, "-1.5e2");
    EXPECT_EQ(m[1].kind, JsonKind::String);
    EXPECT_EQ(m[1].text, "t\"x\xc3\xa9");
    EXPECT_EQ(m[2].text, "true");
    EXPECT_EQ(m[3].kind, JsonKind::Nested);
    EXPECT_EQ(m[4].text, "null");
}

TEST(FlatJsonReader, GivenByteOrderMark_ThenObjectIsStillRead) {
    const auto m = readAll("\xEF\xBB\xBF{\"a\":1}");
    ASSERT_EQ(m.size(), 1u);
    EXPECT_EQ(m[0].key, "a");
}

TEST(FlatJsonReader, GivenTextThatIsNoObject_ThenNoMembers) {
    EXPECT_TRUE(readAll("").empty());
    EXPECT_TRUE(readAll("[1,2]").empty());
    EXPECT_TRUE(readAll("hello").empty());
    EXPECT_TRUE(readAll(std::string("\0\0\0", 3)).empty());
    FlatJsonReader nullReader(nullptr, 10);
    JsonMember member;
    EXPECT_FALSE(nullReader.next(member));
}

TEST(FlatJsonReader, GivenTruncatedText_ThenMembersBeforeTheCutAreReadAndTheCutOneIsNot) {
    const std::string full = R"({"a":1.5,"b":"two","c":750})";
    for (std::size_t cut = 0; cut < full.size(); ++cut) {
        const auto m = readAll(full.substr(0, cut));
        for (const JsonMember& member : m) {
            // Anything returned from a cut text is complete and exact.
            if (member.key == "a") {
                EXPECT_EQ(member.text, "1.5") << "cut at " << cut;
            }
            if (member.key == "b") {
                EXPECT_EQ(member.text, "two") << "cut at " << cut;
            }
            EXPECT_NE(member.key, "c") << "value 750 may have lost digits, cut at " << cut;
        }
    }
}

TEST(FlatJsonReader, GivenGarbageBetweenMembers_ThenTheGoodMembersAroundItAreRead) {
    const auto m = readAll(R"({"a":1, garbage, "b" 5, "c": 12 34, "d":2})");
    std::vector<std::string> good;
    for (const auto& member : m) {
        if (member.kind != JsonKind::Invalid) good.push_back(member.key + "=" + member.text);
    }
    EXPECT_EQ(good, (std::vector<std::string>{"a=1", "d=2"}));
}

TEST(FlatJsonReader, GivenBadEscapeOrUnterminatedString_ThenReadingStopsWithoutOverrun) {
    EXPECT_TRUE(readAll(R"({"a":"\q"})").empty());
    EXPECT_TRUE(readAll(R"({"a":"\u12"})").empty());
    EXPECT_TRUE(readAll(R"({"a":"open)").empty());
    EXPECT_TRUE(readAll(R"({"a":{"unclosed":1)").empty());
}

TEST(JsonNumberParse, GivenStrictJsonNumbers_ThenAccepted) {
    double v = 0;
    EXPECT_TRUE(parseJsonNumber("0", v));
    EXPECT_TRUE(parseJsonNumber("-12.5", v));
    EXPECT_EQ(v, -12.5);
    EXPECT_TRUE(parseJsonNumber("1e3", v));
    EXPECT_EQ(v, 1000.0);
}

TEST(JsonNumberParse, GivenNaNInfinityHexOrJunk_ThenRejected) {
    double v = 0;
    for (const char* bad : {"NaN", "nan", "inf", "-Infinity", "0x10", "12abc", "1.", ".5", "-", "", "1e", "1e999",
                            "+5", "true", "null"}) {
        EXPECT_FALSE(parseJsonNumber(bad, v)) << bad;
    }
}
