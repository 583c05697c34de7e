#pragma once

#include <QString>
#include <QStringList>

namespace houqin {

// A short list typed on one line, as people in a Chinese office type it: 健康码、疫苗接种 or "a, b; c".
// The separators are , ， 、 ; ； and each item is trimmed; empty items are dropped.
QStringList splitListText(const QString& text);
// Whether text contains one of those separators (an item of such a list must not).
bool hasListSeparator(const QString& text);

} // namespace houqin
