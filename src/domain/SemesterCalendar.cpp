#include "SemesterCalendar.h"

#include "ValueFormat.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace houqin {

namespace {
QDate mondayOf(QDate d) {
    return d.addDays(1 - d.dayOfWeek());
}
} // namespace

int SemesterCalendar::weekOf(QDate date) const {
    if (!m_start.isValid() || !date.isValid())
        return 0;
    // Both are Mondays, so the difference is a whole number of weeks, negative before term.
    const qint64 days = mondayOf(m_start).daysTo(mondayOf(date));
    return int(days / 7) + 1;
}

QDate SemesterCalendar::mondayOfWeek(int n) const {
    return mondayOf(m_start).addDays(qint64(n - 1) * 7);
}

QDate SemesterCalendar::sundayOfWeek(int n) const {
    return mondayOfWeek(n).addDays(6);
}

QDate SemesterCalendar::end() const {
    return m_end.isValid() ? m_end : defaultEnd(m_start);
}

int SemesterCalendar::weeksOver(QDate today) const {
    if (!isValid() || !today.isValid())
        return 0;
    int over = 0;
    while (over < weekCount() && sundayOfWeek(over + 1) < today)
        ++over;
    return over;
}

int SemesterCalendar::weekCount() const {
    return isValid() ? weekOf(end()) : 0;
}

int SemesterCalendar::monthOfWeek(int n) const {
    if (!isValid())
        return 0;
    return n <= 0 ? sundayOfWeek(0).month() : mondayOfWeek(n).addDays(3).month();
}

QDate SemesterCalendar::defaultEnd(QDate start) {
    return start.isValid() ? SemesterCalendar(start).sundayOfWeek(kDefaultWeeks) : QDate();
}

QString SemesterCalendar::weekLabel(int week) {
    if (week <= 0)
        //: A plan task due before teaching week 1: zh_CN "开学前"
        return QCoreApplication::translate("Calendar", "Before term");
    //: Teaching week N of the semester: zh_CN "第%1周"
    return QCoreApplication::translate("Calendar", "Week %1").arg(week);
}

std::optional<int> SemesterCalendar::parseChineseNumber(const QString& text) {
    const QString t = valuefmt::normalise(text);
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int plain = t.toInt(&ok);
    if (ok)
        return plain;
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    auto digit = [](QChar c) -> int {
        if (c == QChar(u'零'))
            return 0;
        if (c == QChar(u'两'))
            return 2;
        return int(digits.indexOf(c));
    };
    const qsizetype ten = t.indexOf(QChar(u'十'));
    if (ten < 0) {
        if (t.size() != 1 || digit(t[0]) < 0)
            return std::nullopt;
        return digit(t[0]);
    }
    // 十 = 10, 十四 = 14, 二十 = 20, 二十一 = 21; nothing larger is a teaching week or a month.
    if (ten > 1 || t.size() - ten > 2)
        return std::nullopt;
    const int tens = ten == 0 ? 1 : digit(t[0]);
    const int ones = ten + 1 < t.size() ? digit(t[ten + 1]) : 0;
    if (tens < 1 || ones < 0)
        return std::nullopt;
    return tens * 10 + ones;
}

std::optional<int> SemesterCalendar::parseWeek(const QString& text) {
    const QString t = valuefmt::normalise(text);
    if (t == QStringLiteral("开学前") || t.compare(QStringLiteral("before term"), Qt::CaseInsensitive) == 0 ||
        t == QCoreApplication::translate("Calendar", "Before term"))
        return 0;
    static const QRegularExpression re(QStringLiteral(R"(^(?:第\s*(\S+?)\s*周|(?:week|w)\s*(\d+)|(\S+))$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    QString number = m.captured(1);
    if (number.isEmpty())
        number = m.captured(2);
    if (number.isEmpty())
        number = m.captured(3);
    const std::optional<int> n = parseChineseNumber(number);
    if (!n || *n < 0)
        return std::nullopt;
    return n;
}

} // namespace houqin
