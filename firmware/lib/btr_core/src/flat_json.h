// Just enough JSON for the node: a writer for the payload and config files,
// and a reader for flat objects ({"key": value, ...}) such as the threshold
// and config files in SPIFFS. ArduinoJson is not in Debian, so the host build
// could not test code using it; this stays small enough to test fully.
#pragma once

#include <cstddef>
#include <string>

namespace btr {

// ---- writing ---------------------------------------------------------------

// Shortest of "%.<maxDecimals>f" with trailing zeros cut, keeping one decimal
// ("25.5", "50.0"); "null" for NaN and infinities, which JSON cannot carry.
std::string formatJsonNumber(double value, int maxDecimals);

class JsonWriter {
public:
    explicit JsonWriter(std::string& out) : out_(out) {}

    void beginObject();
    void endObject();
    void key(const char* name);
    void stringValue(const char* text);
    void numberValue(double value, int maxDecimals);
    void integerValue(long long value);
    void nullValue();

private:
    void separate();

    static constexpr int kMaxDepth = 8;
    std::string& out_;
    bool first_[kMaxDepth] = {true};
    int depth_ = 0;
    bool afterKey_ = false;
};

void appendJsonString(std::string& out, const char* text);

// ---- reading ---------------------------------------------------------------

enum class JsonKind {
    String,   // text holds the unescaped string
    Scalar,   // text holds the raw token: a number, true, false, null or garbage
    Nested,   // an object or array (skipped, text empty)
    Invalid,  // the member is broken but the members after it can still be read
};

struct JsonMember {
    std::string key;
    JsonKind kind = JsonKind::Invalid;
    std::string text;
};

// Walks the members of one flat JSON object. It never reads past `length`, and
// stops (next() returns false) at the end of the object or where the text is
// cut off, so a truncated file still yields every member before the cut, and a
// value cut short is not taken for a complete one.
class FlatJsonReader {
public:
    FlatJsonReader(const char* text, std::size_t length);
    bool next(JsonMember& member);

private:
    void skipSpace();
    bool readString(std::string& out);
    bool skipNested();
    bool skipToMemberEnd();
    bool atEnd() const { return pos_ >= length_; }

    const char* text_;
    std::size_t length_;
    std::size_t pos_ = 0;
    bool done_ = false;
};

// Strict JSON number grammar (no hex, inf, nan or trailing junk), finite.
bool parseJsonNumber(const std::string& token, double& out);

}  // namespace btr
