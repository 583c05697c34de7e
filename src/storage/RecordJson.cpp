#include "RecordJson.h"

#include "JsonText.h"
#include "domain/ValueFormat.h"

#include <QVarLengthArray>
#include <algorithm>

namespace houqin {

namespace {

const QString kLinesKey = QStringLiteral("lines");

// The keys in the order a QJsonObject keeps them (sorted; the keys are ASCII identifiers); null stands for
// "lines".
using Keys = QVarLengthArray<const FieldDef*, 32>;
Keys sortedFields(const RecordKind& kind, bool withLines) {
    Keys keys;
    for (const FieldDef& f : kind.fields)
        keys.append(&f);
    if (withLines)
        keys.append(nullptr);
    std::sort(keys.begin(), keys.end(), [](const FieldDef* a, const FieldDef* b) {
        return (a ? a->key : kLinesKey) < (b ? b->key : kLinesKey);
    });
    return keys;
}

void appendKey(QByteArray& out, bool& first, const QString& key) {
    if (!first)
        out.append(',');
    first = false;
    jsontext::appendString(out, key);
    out.append(':');
}

void appendObject(QByteArray& out, const Keys& keys, const RecordKind& kind, const Record& r) {
    out.append('{');
    bool first = true;
    for (const FieldDef* f : keys) {
        if (!f) {
            appendKey(out, first, kLinesKey);
            const Keys lineKeys = sortedFields(*kind.lines, false);
            out.append('[');
            for (qsizetype i = 0; i < r.lines.size(); ++i) {
                if (i > 0)
                    out.append(',');
                appendObject(out, lineKeys, *kind.lines, r.lines.at(i));
            }
            out.append(']');
            continue;
        }
        const QString v = valuefmt::canonical(*f, r.value(f->key));
        if (v.isEmpty())
            continue;
        appendKey(out, first, f->key);
        jsontext::appendString(out, v);
    }
    out.append('}');
}

} // namespace

QByteArray recordJson(const RecordKind& kind, const Record& r) {
    QByteArray out;
    out.reserve(256);
    appendObject(out, sortedFields(kind, kind.lines != nullptr), kind, r);
    return out == "{}" ? QByteArray() : out;
}

} // namespace houqin
