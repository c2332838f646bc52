#include "flat_json.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace btr {

// ---- writing ---------------------------------------------------------------

std::string formatJsonNumber(double value, int maxDecimals) {
    if (!std::isfinite(value)) return "null";
    if (maxDecimals < 1) maxDecimals = 1;
    if (maxDecimals > 9) maxDecimals = 9;
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%.*f", maxDecimals, value);
    std::string text(buffer);
    // Cut trailing zeros but keep "x.0" so the value still reads as a decimal.
    const std::size_t dot = text.find('.');
    if (dot != std::string::npos) {
        std::size_t last = text.find_last_not_of('0');
        if (last == dot) last = dot + 1;
        text.erase(last + 1);
    }
    if (text == "-0.0") text = "0.0";
    return text;
}

void appendJsonString(std::string& out, const char* text) {
    out += '"';
    for (const char* p = text; *p != '\0'; ++p) {
        const unsigned char c = static_cast<unsigned char>(*p);
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20) {
                    char escaped[8];
                    std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
                    out += escaped;
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
    out += '"';
}

void JsonWriter::separate() {
    if (afterKey_) {
        afterKey_ = false;
        return;
    }
    if (depth_ > 0) {
        if (!first_[depth_]) out_ += ',';
        first_[depth_] = false;
    }
}

void JsonWriter::beginObject() {
    separate();
    out_ += '{';
    if (depth_ + 1 < kMaxDepth) ++depth_;
    first_[depth_] = true;
}

void JsonWriter::endObject() {
    out_ += '}';
    if (depth_ > 0) --depth_;
}

void JsonWriter::key(const char* name) {
    separate();
    appendJsonString(out_, name);
    out_ += ':';
    afterKey_ = true;
}

void JsonWriter::stringValue(const char* text) {
    separate();
    appendJsonString(out_, text);
}

void JsonWriter::numberValue(double value, int maxDecimals) {
    separate();
    out_ += formatJsonNumber(value, maxDecimals);
}

void JsonWriter::integerValue(long long value) {
    separate();
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%lld", value);
    out_ += buffer;
}

void JsonWriter::nullValue() {
    separate();
    out_ += "null";
}

// ---- reading ---------------------------------------------------------------

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

void appendUtf8(std::string& out, unsigned codePoint) {
    if (codePoint < 0x80) {
        out += static_cast<char>(codePoint);
    } else if (codePoint < 0x800) {
        out += static_cast<char>(0xC0 | (codePoint >> 6));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (codePoint >> 12));
        out += static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    }
}

int hexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

FlatJsonReader::FlatJsonReader(const char* text, std::size_t length) : text_(text), length_(text ? length : 0) {
    // A UTF-8 byte order mark is what a Windows editor leaves; not an error.
    if (length_ >= 3 && static_cast<unsigned char>(text_[0]) == 0xEF &&
        static_cast<unsigned char>(text_[1]) == 0xBB && static_cast<unsigned char>(text_[2]) == 0xBF) {
        pos_ = 3;
    }
    skipSpace();
    if (atEnd() || text_[pos_] != '{') {
        done_ = true;
        return;
    }
    ++pos_;
}

void FlatJsonReader::skipSpace() {
    while (!atEnd() && isSpace(text_[pos_])) ++pos_;
}

bool FlatJsonReader::readString(std::string& out) {
    // pos_ is at the opening quote.
    out.clear();
    ++pos_;
    while (!atEnd()) {
        const char c = text_[pos_++];
        if (c == '"') return true;
        if (c != '\\') {
            out += c;
            continue;
        }
        if (atEnd()) return false;
        const char e = text_[pos_++];
        switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                if (length_ - pos_ < 4) return false;
                unsigned codePoint = 0;
                for (int i = 0; i < 4; ++i) {
                    const int d = hexDigit(text_[pos_ + static_cast<std::size_t>(i)]);
                    if (d < 0) return false;
                    codePoint = codePoint * 16 + static_cast<unsigned>(d);
                }
                pos_ += 4;
                // Surrogate pairs never occur in our files; keep a marker.
                appendUtf8(out, (codePoint >= 0xD800 && codePoint <= 0xDFFF) ? '?' : codePoint);
                break;
            }
            default: return false;
        }
    }
    return false;  // cut off inside the string
}

bool FlatJsonReader::skipNested() {
    int depth = 0;
    while (!atEnd()) {
        const char c = text_[pos_];
        if (c == '"') {
            std::string ignored;
            if (!readString(ignored)) return false;
            continue;
        }
        ++pos_;
        if (c == '{' || c == '[') ++depth;
        if (c == '}' || c == ']') {
            if (--depth == 0) return true;
        }
    }
    return false;
}

bool FlatJsonReader::skipToMemberEnd() {
    // Skips a broken member up to the ',' or '}' that ends it, honouring strings.
    while (!atEnd()) {
        const char c = text_[pos_];
        if (c == ',' || c == '}') return true;
        if (c == '"') {
            std::string ignored;
            if (!readString(ignored)) return false;
            continue;
        }
        if (c == '{' || c == '[') {
            if (!skipNested()) return false;
            continue;
        }
        ++pos_;
    }
    return false;
}

bool FlatJsonReader::next(JsonMember& member) {
    while (!done_) {
        skipSpace();
        if (atEnd() || text_[pos_] == '}') break;
        if (text_[pos_] == ',') {
            ++pos_;
            continue;
        }
        member = JsonMember();
        if (text_[pos_] != '"') {
            // Not a key: skip the junk up to what may start or end a member,
            // so a key right after the junk is not swallowed with it.
            while (!atEnd() && text_[pos_] != ',' && text_[pos_] != '}' && text_[pos_] != '"') ++pos_;
            continue;
        }
        if (!readString(member.key)) break;
        skipSpace();
        if (atEnd()) break;
        if (text_[pos_] != ':') {
            if (!skipToMemberEnd()) break;
            member.kind = JsonKind::Invalid;
            return true;
        }
        ++pos_;
        skipSpace();
        if (atEnd()) break;
        const char c = text_[pos_];
        if (c == '"') {
            if (!readString(member.text)) break;
            member.kind = JsonKind::String;
        } else if (c == '{' || c == '[') {
            if (!skipNested()) break;
            member.kind = JsonKind::Nested;
        } else {
            const std::size_t start = pos_;
            while (!atEnd() && text_[pos_] != ',' && text_[pos_] != '}' && !isSpace(text_[pos_])) ++pos_;
            // A token that runs into the end of the text may have lost digits.
            if (atEnd()) break;
            member.text.assign(text_ + start, pos_ - start);
            member.kind = JsonKind::Scalar;
        }
        skipSpace();
        if (atEnd()) break;  // no ',' or '}' after the value: cut off
        if (text_[pos_] != ',' && text_[pos_] != '}') {
            // e.g. "a": 12 34 -- the value is not one token.
            member.kind = JsonKind::Invalid;
            member.text.clear();
            if (!skipToMemberEnd()) {
                done_ = true;
            }
        }
        return true;
    }
    done_ = true;
    return false;
}

bool parseJsonNumber(const std::string& token, double& out) {
    std::size_t i = 0;
    const std::size_t n = token.size();
    if (i < n && token[i] == '-') ++i;
    const std::size_t intStart = i;
    while (i < n && token[i] >= '0' && token[i] <= '9') ++i;
    if (i == intStart) return false;
    if (i < n && token[i] == '.') {
        const std::size_t fracStart = ++i;
        while (i < n && token[i] >= '0' && token[i] <= '9') ++i;
        if (i == fracStart) return false;
    }
    if (i < n && (token[i] == 'e' || token[i] == 'E')) {
        ++i;
        if (i < n && (token[i] == '+' || token[i] == '-')) ++i;
        const std::size_t expStart = i;
        while (i < n && token[i] >= '0' && token[i] <= '9') ++i;
        if (i == expStart) return false;
    }
    if (i != n) return false;
    const double value = std::strtod(token.c_str(), nullptr);
    if (!std::isfinite(value)) return false;
    out = value;
    return true;
}

}  // namespace btr
