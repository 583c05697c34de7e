#include "ValueFormat.h"

#include "IsoTime.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace houqin::valuefmt {

namespace {

bool isNull(const QVariant& v) {
    return v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty());
}

// Date part: 2026-09-01, 2026/9/1, 2026.9.1, 2026年9月1日 (with optional spaces).
const QRegularExpression& dateRe() {
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?)"));
    return re;
}
const QRegularExpression& timeRe() {
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,2}):(\d{2})(?::(\d{2}))?$)"));
    return re;
}

// Splits "date[ T]time" into a date and the remaining text.
bool parseDatePart(const QString& s, QDate* date, QString* rest) {
    const auto m = dateRe().match(s);
    if (!m.hasMatch())
        return false;
    *date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    *rest = s.mid(m.capturedLength()).trimmed();
    if (rest->startsWith(QLatin1Char('T')))
        *rest = rest->mid(1);
    return true;
}

bool parseTime(const QString& s, QTime* t) {
    const auto m = timeRe().match(s);
    if (!m.hasMatch())
        return false;
    *t = QTime(m.captured(1).toInt(), m.captured(2).toInt(),
               m.captured(3).isEmpty() ? 0 : m.captured(3).toInt());
    return t->isValid();
}

// Removes a trailing unit the field is measured in ("125 g", "125克", "4℃").
QString stripUnit(const FieldDef& f, QString s) {
    // Text ending in a digit ends in no unit (no unit ends in one): the common case, without the list.
    const auto isDigit = [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); };
    if (!s.isEmpty() && isDigit(s.back()) && (f.unit.isEmpty() || !isDigit(f.unit.back())))
        return s;
    QStringList units;
    if (!f.unit.isEmpty())
        units << f.unit;
    if (f.unit == QStringLiteral("g"))
        units << QStringLiteral("克");
    if (f.unit == QStringLiteral("°C"))
        units << QStringLiteral("℃") << QStringLiteral("度") << QStringLiteral("C");
    if (f.unit == QStringLiteral("%"))
        units << QStringLiteral("％");
    for (const QString& u : units)
        if (s.endsWith(u, Qt::CaseInsensitive))
            return s.left(s.size() - u.size()).trimmed();
    return s;
}

// A plain decimal number, allowing thousands separators as spreadsheets write them.
bool parseNumber(QString s, double* out, int* decimals) {
    // ASCII digits with at most one point between digits, as `plain` below matches it, read without the
    // regular expressions; anything else (grouping commas, other digits, a leading point) takes them.
    {
        qsizetype i = 0, point = -1;
        if (i < s.size() && (s[i] == QLatin1Char('+') || s[i] == QLatin1Char('-')))
            ++i;
        const qsizetype first = i;
        bool ascii = i < s.size();
        for (; ascii && i < s.size(); ++i) {
            const QChar c = s[i];
            if (c == QLatin1Char('.') && point < 0 && i > first && i + 1 < s.size())
                point = i;
            else if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                ascii = false;
        }
        if (ascii) {
            qsizetype used = point < 0 ? 0 : s.size() - point - 1;
            while (used > 0 && s.at(point + used) == QLatin1Char('0'))
                --used;
            *decimals = int(used);
            bool ok = false;
            *out = s.toDouble(&ok);
            return ok && std::isfinite(*out);
        }
    }
    static const QRegularExpression plain(QStringLiteral(R"(^[+-]?(\d+)(?:\.(\d+))?$|^[+-]?\.(\d+)$)"));
    static const QRegularExpression grouped(QStringLiteral(R"(^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$)"));
    if (grouped.match(s).hasMatch())
        s.remove(QLatin1Char(','));
    const auto m = plain.match(s);
    if (!m.hasMatch())
        return false;
    // Trailing zeros carry no precision: "125.0" is a whole number of grams.
    const QString frac = m.captured(2).isEmpty() ? m.captured(3) : m.captured(2);
    qsizetype used = frac.size();
    while (used > 0 && frac.at(used - 1) == QLatin1Char('0'))
        --used;
    *decimals = int(used);
    bool ok = false;
    *out = s.toDouble(&ok);
    return ok && std::isfinite(*out);
}

bool matchesChoice(const ChoiceDef& c, const QString& s) {
    if (c.key.compare(s, Qt::CaseInsensitive) == 0)
        return true;
    if (QString::fromUtf8(c.label).compare(s, Qt::CaseInsensitive) == 0)
        return true;
    // The label in the UI language and in Chinese: a Chinese export imports under an English UI too.
    // Compared as the cell is, width-folded: "日检（每天一小检）" exported reads back as "日检(每天一小检)".
    if (normalise(trLabel(c.label)) == s ||
        normalise(i18n::translateIn(QStringLiteral("zh_CN"), kFieldsContext, c.label)) == s)
        return true;
    for (const QString& a : c.aliases)
        if (a.compare(s, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}
} // namespace

namespace {
// Reads `n` ASCII digits at `pos`; -1 if any is not a digit.
int digits(QStringView s, qsizetype pos, int n) {
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char16_t c = s[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}
} // namespace

QDate parseIsoDate(QStringView s) {
    if (s.size() != 10 || s[4] != u'-' || s[7] != u'-')
        return {};
    const int y = digits(s, 0, 4), m = digits(s, 5, 2), d = digits(s, 8, 2);
    if (y < 0 || m < 0 || d < 0)
        return {};
    return QDate(y, m, d);
}

QDateTime parseIsoDateTime(QStringView s) {
    if ((s.size() != 16 && s.size() != 19) || s[10] != u'T' || s[13] != u':')
        return {};
    const QDate date = parseIsoDate(s.left(10));
    const int h = digits(s, 11, 2), mi = digits(s, 14, 2);
    int sec = 0;
    if (s.size() == 19) {
        if (s[16] != u':')
            return {};
        sec = digits(s, 17, 2);
    }
    if (!date.isValid() || h < 0 || mi < 0 || sec < 0)
        return {};
    const QTime time(h, mi, sec);
    return time.isValid() ? QDateTime(date, time) : QDateTime();
}

QString normalise(const QString& text) {
    QString s;
    s.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            s.append(QChar(char16_t(u - 0xFEE0)));
        else if (u == 0x3000)
            s.append(QLatin1Char(' '));
        else if (u == 0x2212) // the typographic minus sign
            s.append(QLatin1Char('-'));
        else
            s.append(c);
    }
    return s.trimmed();
}

QString display(const FieldDef& f, const QVariant& v) {
    if (isNull(v))
        return {};
    if (f.displayAs)
        return f.displayAs(v);
    switch (f.type) {
    case FieldType::Choice:
        if (const ChoiceDef* c = f.choice(v.toString()))
            return trLabel(c->label);
        return v.toString();
    case FieldType::Date:
        return v.toDate().toString(QStringLiteral("yyyy-MM-dd"));
    case FieldType::DateTime: {
        // Seconds only when there are some (a scanner's time), so that a list export reads back exactly.
        const QDateTime t = v.toDateTime();
        return t.toString(t.time().second() != 0 ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                                 : QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    case FieldType::Decimal:
        return QString::number(v.toDouble(), 'f', f.decimals);
    case FieldType::Money:
        return QString::number(double(v.toLongLong()) / 100.0, 'f', 2);
    case FieldType::Integer:
        return QString::number(v.toLongLong());
    case FieldType::Bool:
        return v.toBool() ? QCoreApplication::translate("ValueFormat", "Yes")
                          : QCoreApplication::translate("ValueFormat", "No");
    default:
        return v.toString();
    }
}

QString canonical(const FieldDef& f, const QVariant& v) {
    if (isNull(v))
        return {};
    switch (f.type) {
    case FieldType::Date:
        return isoDate(v.toDate());
    case FieldType::DateTime:
        return isoDateTime(v.toDateTime());
    case FieldType::Decimal:
        return QString::number(v.toDouble(), 'f', f.decimals);
    case FieldType::Integer:
    case FieldType::Money:
        return QString::number(v.toLongLong());
    case FieldType::Bool:
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    default:
        return v.toString();
    }
}

QVariant toSql(const FieldDef& f, const QVariant& v) {
    if (isNull(v))
        return QVariant();
    switch (f.type) {
    case FieldType::Date:
    case FieldType::DateTime:
        return canonical(f, v);
    case FieldType::Integer:
    case FieldType::Money:
        return QVariant::fromValue<qint64>(v.toLongLong());
    case FieldType::Decimal:
        return v.toDouble();
    case FieldType::Bool:
        return v.toBool() ? 1 : 0;
    default:
        return v.toString();
    }
}

QVariant fromSql(const FieldDef& f, const QVariant& s) {
    if (s.isNull())
        return QVariant();
    switch (f.type) {
    case FieldType::Date:
        return parseIsoDate(s.toString());
    case FieldType::DateTime:
        return parseIsoDateTime(s.toString());
    case FieldType::Integer:
    case FieldType::Money:
        return QVariant::fromValue<qint64>(s.toLongLong());
    case FieldType::Decimal:
        return s.toDouble();
    case FieldType::Bool:
        return s.toLongLong() != 0;
    default:
        return s.toString();
    }
}

QString excerpt(const QString& text, int maxChars) {
    QString out;
    for (const QChar c : text) {
        if (out.size() >= maxChars) {
            out += QChar(0x2026); // …
            break;
        }
        // Control characters are shown by their code point, so a message cannot ring, recolour or reorder
        // the terminal it is printed on.
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            out += QStringLiteral("<U+%1>").arg(
                QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
        else
            out += c;
    }
    return out;
}

Parsed parse(const FieldDef& f, const QString& text) {
    if (f.isText()) {
        // Text is kept as typed (no full-width folding, which would change names and punctuation).
        QString s = text;
        // Trim ASCII and ideographic spaces at the ends only: "王　芳" keeps its inner space.
        while (!s.isEmpty() && (s.front().isSpace() || s.front() == QChar(0x3000)))
            s.remove(0, 1);
        while (!s.isEmpty() && (s.back().isSpace() || s.back() == QChar(0x3000)))
            s.chop(1);
        return {s.isEmpty() ? QVariant() : QVariant(s), {}};
    }
    const QString s = normalise(text);
    if (s.isEmpty())
        return {};
    // What messages quote: short, no control characters. Made only for a message.
    const auto shown = [&s] { return excerpt(s); };
    switch (f.type) {
    case FieldType::Choice: {
        // A key as written (an export with keys, a script) first: no choice's label or alias spells another
        // choice's key (ValueFormatTest.NoChoiceSpellsAnotherChoicesKey), so this finds what the full
        // comparison below would, without translating and width-folding every label for every cell.
        for (const ChoiceDef& c : f.choices)
            if (c.key == s)
                return {c.key, {}};
        for (const ChoiceDef& c : f.choices)
            if (matchesChoice(c, s))
                return {c.key, {}};
        QStringList names;
        for (const ChoiceDef& c : f.choices)
            names << trLabel(c.label);
        return {{},
                QCoreApplication::translate("ValueFormat", "\"%1\" is not one of: %2")
                    .arg(shown(), names.join(QStringLiteral(", ")))};
    }
    case FieldType::Date: {
        if (const QDate iso = parseIsoDate(s); iso.isValid()) // the common form, without the expressions
            return {iso, {}};
        QDate d;
        QString rest;
        QTime t;
        if (!parseDatePart(s, &d, &rest) || !d.isValid())
            return {{},
                    QCoreApplication::translate(
                        "ValueFormat", "\"%1\" is not a date (write 2026-09-01, 2026/9/1 or 2026年9月1日)")
                        .arg(shown())};
        if (!rest.isEmpty() && !(parseTime(rest, &t) && t == QTime(0, 0)))
            return {{},
                    QCoreApplication::translate(
                        "ValueFormat", "\"%1\" is not a date (write 2026-09-01, 2026/9/1 or 2026年9月1日)")
                        .arg(shown())};
        return {d, {}};
    }
    case FieldType::DateTime: {
        // The common forms, "2026-09-01 11:30" (or with T, or with seconds), without the expressions.
        if ((s.size() == 16 || s.size() == 19) && (s[10] == QLatin1Char(' ') || s[10] == QLatin1Char('T'))) {
            QString iso = s;
            iso[10] = QLatin1Char('T');
            if (const QDateTime t = parseIsoDateTime(iso); t.isValid())
                return {t, {}};
        }
        QDate d;
        QString rest;
        QTime t;
        if (!parseDatePart(s, &d, &rest) || !d.isValid() || !parseTime(rest, &t))
            return {{},
                    QCoreApplication::translate("ValueFormat",
                                                "\"%1\" is not a date and time (write 2026-09-01 11:30)")
                        .arg(shown())};
        return {QDateTime(d, t), {}};
    }
    case FieldType::Bool: {
        static const QStringList yes{QStringLiteral("1"),    QStringLiteral("yes"), QStringLiteral("y"),
                                     QStringLiteral("true"), QStringLiteral("是"),  QStringLiteral("√"),
                                     QStringLiteral("✓"),    QStringLiteral("有")};
        static const QStringList no{QStringLiteral("0"),     QStringLiteral("no"), QStringLiteral("n"),
                                    QStringLiteral("false"), QStringLiteral("否"), QStringLiteral("×"),
                                    QStringLiteral("✗"),     QStringLiteral("无")};
        if (yes.contains(s, Qt::CaseInsensitive) || s == QCoreApplication::translate("ValueFormat", "Yes"))
            return {true, {}};
        if (no.contains(s, Qt::CaseInsensitive) || s == QCoreApplication::translate("ValueFormat", "No"))
            return {false, {}};
        return {{}, QCoreApplication::translate("ValueFormat", "\"%1\" is not yes or no").arg(shown())};
    }
    case FieldType::Integer:
    case FieldType::Decimal:
    case FieldType::Money: {
        QString n = stripUnit(f, s);
        if (f.type == FieldType::Money) {
            if (n.startsWith(QChar(0xA5)) || n.startsWith(QChar(0xFFE5)))
                n = n.mid(1).trimmed();
            if (n.endsWith(QStringLiteral("元")))
                n.chop(1);
        }
        double d = 0;
        int decimals = 0;
        if (!parseNumber(n.trimmed(), &d, &decimals))
            return {{}, QCoreApplication::translate("ValueFormat", "\"%1\" is not a number").arg(shown())};
        // Whole numbers and fen are 64-bit integers: beyond 9e15 a double no longer holds every integer,
        // and beyond 9.2e18 the conversion is undefined (found by the fuzzer).
        constexpr double kLargest = 9e15;
        if ((f.type == FieldType::Integer && std::fabs(d) > kLargest) ||
            (f.type == FieldType::Money && std::fabs(d) * 100.0 > kLargest))
            return {{},
                    QCoreApplication::translate("ValueFormat", "\"%1\" is too large a number").arg(shown())};
        if (f.type == FieldType::Integer) {
            if (d != std::floor(d))
                return {
                    {},
                    QCoreApplication::translate("ValueFormat", "\"%1\" is not a whole number").arg(shown())};
            return {QVariant::fromValue<qint64>(qint64(d)), {}};
        }
        if (f.type == FieldType::Money) {
            if (decimals > 2)
                return {
                    {},
                    QCoreApplication::translate(
                        "ValueFormat", "\"%1\" has more than two decimal places (money is kept in whole fen)")
                        .arg(shown())};
            return {QVariant::fromValue<qint64>(qint64(std::llround(d * 100.0))), {}};
        }
        if (decimals > f.decimals)
            return {{},
                    QCoreApplication::translate("ValueFormat", "\"%1\" has more than %2 decimal places")
                        .arg(shown())
                        .arg(f.decimals)};
        return {d, {}};
    }
    default:
        return {s, {}};
    }
}

} // namespace houqin::valuefmt
