#include "ListText.h"

#include <QRegularExpression>

namespace houqin {

namespace {
const QRegularExpression& separators() {
    static const QRegularExpression re(QStringLiteral("[,，、;；]"));
    return re;
}
} // namespace

QStringList splitListText(const QString& text) {
    QStringList out;
    for (const QString& item : text.split(separators()))
        if (!item.trimmed().isEmpty())
            out << item.trimmed();
    return out;
}

bool hasListSeparator(const QString& text) {
    return text.contains(separators());
}

} // namespace houqin
