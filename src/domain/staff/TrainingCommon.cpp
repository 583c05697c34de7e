#include "StaffKind.h"
#include "TrainingKinds.h"

#include <cmath>

namespace houqin::staff {

namespace t = training;

QStringList planTopics() {
    // Chapter (一) of the semester plan; data in the kindergarten's language.
    return {
        QStringLiteral("《幼儿园保育教育质量评估指标》“生活照料”（一）"),
        QStringLiteral("《幼儿园保育教育质量评估指标》“生活照料”（二）"),
        QStringLiteral("《幼儿园保育教育质量评估指标》“生活照料”（三）"),
        QStringLiteral("《幼儿园保育教育质量评估指标》“生活照料”（四）"),
        QStringLiteral("消毒知识"),
        QStringLiteral("食品安全"),
        QStringLiteral("《食品安全法》"),
        QStringLiteral("折纸"),
        QStringLiteral("讲故事"),
        QStringLiteral("彩泥"),
        QStringLiteral("心肺复苏"),
    };
}

QString examResult(const QVariant& score, double passMark) {
    if (score.isNull() || !score.isValid())
        return t::kAbsent;
    return std::llround(score.toDouble() * 10) >= std::llround(passMark * 10) ? t::kPass : t::kFail;
}

std::optional<double> weightedTotal(const QList<Record>& lines) {
    double sum = 0, weights = 0;
    for (const Record& line : lines) {
        if (line.isEmpty(t::kScore) || line.isEmpty(t::kWeight))
            return std::nullopt;
        sum += line.value(t::kScore).toDouble() * line.value(t::kWeight).toDouble();
        weights += line.value(t::kWeight).toDouble();
    }
    if (lines.isEmpty() || weights <= 0)
        return std::nullopt;
    return std::llround(sum / weights * 10) / 10.0;
}

QString gradeOf(double total, const KindergartenSettings& s) {
    const auto tenths = [](double v) { return std::llround(v * 10); };
    if (tenths(total) >= tenths(s.gradeExcellent))
        return QStringLiteral("excellent");
    if (tenths(total) >= tenths(s.gradeGood))
        return QStringLiteral("good");
    if (tenths(total) >= tenths(s.gradePass))
        return QStringLiteral("pass");
    return QStringLiteral("fail");
}

QDate firstOfMonth(QDate day) {
    return day.isValid() ? QDate(day.year(), day.month(), 1) : QDate();
}

QStringList activeStaff(const RuleContext& ctx) {
    QStringList names;
    if (!ctx.findRecords)
        return names;
    const RecordKind& staff = staffKind();
    for (const Record& r :
         ctx.findRecords(staff.key, QStringLiteral("status"), QStringLiteral("active"), staff.titleField))
        if (const QString name = r.value(staff.titleField).toString();
            !name.isEmpty() && !names.contains(name))
            names << name;
    return names;
}

QList<Record> rubricLines(const KindergartenSettings& settings) {
    QList<Record> lines;
    for (const RubricItem& item : settings.appraisalRubric) {
        Record line;
        line.set(t::kItem, item.name);
        line.set(t::kWeight, item.weight);
        lines << line;
    }
    return lines;
}

} // namespace houqin::staff
