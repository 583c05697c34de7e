#include "Settings.h"

#include "ListText.h"
#include "SemesterCalendar.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <utility>

namespace houqin {

namespace {} // namespace

QString KindergartenSettings::defaultCampus() {
    return QCoreApplication::translate("Settings", "Main campus");
}

QString KindergartenSettings::assetCodePrefix(const QString& campus) const {
    for (const QString& line : assetCodePrefixes) {
        const qsizetype eq = line.lastIndexOf(QLatin1Char('='));
        if (eq > 0 && line.left(eq).trimmed() == campus)
            return line.mid(eq + 1).trimmed();
    }
    return QStringLiteral("A%1").arg(std::max<qsizetype>(campuses.indexOf(campus), 0) + 1);
}

std::optional<QList<int>> KindergartenSettings::parseWeeks(const QString& text) {
    static const QRegularExpression separators(QStringLiteral("[,，、;；\\s]+"));
    QList<int> weeks;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const auto week = SemesterCalendar::parseWeek(part);
        if (!week)
            return std::nullopt;
        if (!weeks.contains(*week))
            weeks << *week;
    }
    std::sort(weeks.begin(), weeks.end());
    return weeks;
}

QString KindergartenSettings::weeksText(const QList<int>& weeks) {
    QStringList parts;
    for (int w : weeks)
        parts << QString::number(w);
    return parts.join(QLatin1Char(','));
}

QList<RubricItem> KindergartenSettings::defaultRubric() {
    // The plan's own items: data in the kindergarten's language, edited in the Settings dialog.
    return {{QStringLiteral("出勤纪律"), 20},
            {QStringLiteral("岗位职责"), 30},
            {QStringLiteral("卫生保育"), 30},
            {QStringLiteral("服务态度"), 20}};
}

QString KindergartenSettings::rubricText(const QList<RubricItem>& rubric) {
    QStringList lines;
    for (const RubricItem& item : rubric)
        lines << item.name + QLatin1Char('=') + QString::number(item.weight);
    return lines.join(QLatin1Char('\n'));
}

QList<RubricItem> KindergartenSettings::parseRubric(const QString& text, Issues* problems) {
    QList<RubricItem> out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        line.replace(QChar(0xFF1D), QLatin1Char('=')); // ＝ as typed with a Chinese input method
        line.remove(QLatin1Char('%')).remove(QChar(0xFF05));
        const qsizetype eq = line.lastIndexOf(QLatin1Char('='));
        bool ok = false;
        const double weight = eq > 0 ? line.mid(eq + 1).trimmed().toDouble(&ok) : 0.0;
        if (!ok) {
            if (problems)
                *problems << Issue::error(
                    settingkey::kAppraisalRubric,
                    QCoreApplication::translate(
                        "Settings",
                        "Rubric line %1 \"%2\" is not an item and its weight, such as 出勤纪律=20.")
                        .arg(i + 1)
                        .arg(lines.at(i).trimmed()));
            continue;
        }
        out << RubricItem{line.left(eq).trimmed(), weight};
    }
    return out;
}

namespace {

// The whole-number settings with a range (the reminder windows and the lock, see Settings.h): one line
// each, read by toMap, fromMap and validate alike.
struct WindowSetting {
    const QString& key;
    int KindergartenSettings::*member;
    int min, max;
    const char* message; // in the context "Settings"; %1 and %2 are min and max
};

const QList<WindowSetting>& windowSettings() {
    using namespace settingkey;
    using K = KindergartenSettings;
    static const QList<WindowSetting> list{
        {kDrillRemindFromQuarterMonth, &K::drillRemindFromQuarterMonth, 1, 3,
         QT_TRANSLATE_NOOP("Settings",
                           "The drill reminder's month of the quarter must be between %1 and %2.")},
        {kAgreementsRemindFromWeek, &K::agreementsRemindFromWeek, 1, 20,
         QT_TRANSLATE_NOOP("Settings", "The agreements reminder's teaching week must be between %1 and %2.")},
        {kEducationRemindFromDay, &K::educationRemindFromDay, 1, 28,
         QT_TRANSLATE_NOOP("Settings",
                           "The safety education reminder's day of the month must be between %1 and %2.")},
        {kStudyIntervalDays, &K::studyIntervalDays, 1, 60,
         QT_TRANSLATE_NOOP("Settings", "The study interval must be between %1 and %2 days.")},
        {kExamRemindLastDays, &K::examRemindLastDays, 1, 28,
         QT_TRANSLATE_NOOP("Settings", "The exam reminder must start between %1 and %2 days before the "
                                       "month's end.")},
        {kAppraisalRemindFromDay, &K::appraisalRemindFromDay, 1, 28,
         QT_TRANSLATE_NOOP("Settings",
                           "The appraisal reminder's day of the month must be between %1 and %2.")},
        {kUrgentRepairWaitDays, &K::urgentRepairWaitDays, 0, 30,
         QT_TRANSLATE_NOOP("Settings", "The wait for an urgent repair must be between %1 and %2 days.")},
        {kRepairOpenDays, &K::repairOpenDays, 1, 365,
         QT_TRANSLATE_NOOP("Settings", "The time to finish a repair must be between %1 and %2 days.")},
        {kLoansReturnFromWeek, &K::loansReturnFromWeek, 1, 20,
         QT_TRANSLATE_NOOP("Settings", "The loans' return week must be between %1 and %2.")},
        {kAccountsRemindFromDay, &K::accountsRemindFromDay, 1, 28,
         QT_TRANSLATE_NOOP("Settings",
                           "The canteen account reminder's day of the month must be between %1 and %2.")},
        {kMenuRemindFromWeekday, &K::menuRemindFromWeekday, 1, 7,
         QT_TRANSLATE_NOOP("Settings", "The menu reminder's weekday must be between %1 (Monday) and %2 "
                                       "(Sunday).")},
        {kLockAfterMinutes, &K::lockAfterMinutes, 1, 240,
         //: zh_CN "自动锁定时间必须在 %1 到 %2 分钟之间。"
         QT_TRANSLATE_NOOP("Settings", "The window must lock after between %1 and %2 minutes without use.")},
    };
    return list;
}

} // namespace

QMap<QString, QString> KindergartenSettings::toMap() const {
    using namespace settingkey;
    QMap<QString, QString> map{
        {kName, name},
        {kCampuses, campuses.join(QLatin1Char('\n'))},
        {kSemesterStart, semesterStart.isValid() ? semesterStart.toString(Qt::ISODate) : QString()},
        {kMinSampleWeight, QString::number(minSampleWeightG)},
        {kHoldHours, QString::number(sampleHoldHours)},
        {kFridgeMin, QString::number(fridgeMinC)},
        {kFridgeMax, QString::number(fridgeMaxC)},
        {kPesticideThreshold, QString::number(pesticideThresholdPct)},
        {kCertificateWarningDays, QString::number(certificateWarningDays)},
        {kLicenceWarningDays, QString::number(licenceWarningDays)},
        {kFeverThreshold, QString::number(feverThresholdC)},
        {kAccountsTolerance, QString::number(accountsTolerancePct)},
        {kVisitorChecks, visitorChecks.join(QLatin1Char('\n'))},
        {kFixedAssetThreshold, QString::number(fixedAssetThresholdFen)},
        {kSpecialEquipmentThreshold, QString::number(specialEquipmentThresholdFen)},
        {kAssetCodePrefixes, assetCodePrefixes.join(QLatin1Char('\n'))},
        {kStocktakeWeeks, weeksText(stocktakeWeeks)},
        {kExamPassMark, QString::number(examPassMark)},
        {kAppraisalRubric, rubricText(appraisalRubric)},
        {kGradeExcellent, QString::number(gradeExcellent)},
        {kGradeGood, QString::number(gradeGood)},
        {kGradePass, QString::number(gradePass)},
        {kEarliestYear, QString::number(earliestYear)},
        {kLatestYearsAhead, QString::number(latestYearsAhead)},
    };
    for (int i = 0; i < patrolRoundTimes.size(); ++i)
        map.insert(patrolRoundTime(i + 1), patrolRoundTimes.at(i).toString(QStringLiteral("HH:mm")));
    for (const WindowSetting& w : windowSettings())
        map.insert(w.key, QString::number(this->*w.member));
    return map;
}

KindergartenSettings KindergartenSettings::fromMap(const QMap<QString, QString>& map, Issues* problems) {
    using namespace settingkey;
    KindergartenSettings s;
    auto number = [&](const QString& key, auto& target) {
        if (!map.contains(key) || map.value(key).isEmpty())
            return;
        bool ok = false;
        const double v = map.value(key).toDouble(&ok);
        if (ok)
            target = static_cast<std::remove_reference_t<decltype(target)>>(v);
        else if (problems)
            *problems << Issue::error(
                key, QCoreApplication::translate(
                         "Settings", "Setting %1 has an unreadable value \"%2\"; the default is used.")
                         .arg(key, map.value(key)));
    };
    s.name = map.value(kName);
    if (map.contains(kCampuses)) {
        QStringList campuses;
        for (const QString& c : map.value(kCampuses).split(QLatin1Char('\n')))
            if (!c.trimmed().isEmpty())
                campuses << c.trimmed();
        if (!campuses.isEmpty())
            s.campuses = campuses;
    }
    if (!map.value(kSemesterStart).isEmpty())
        s.semesterStart = QDate::fromString(map.value(kSemesterStart), Qt::ISODate);
    number(kMinSampleWeight, s.minSampleWeightG);
    number(kHoldHours, s.sampleHoldHours);
    number(kFridgeMin, s.fridgeMinC);
    number(kFridgeMax, s.fridgeMaxC);
    number(kPesticideThreshold, s.pesticideThresholdPct);
    number(kCertificateWarningDays, s.certificateWarningDays);
    number(kLicenceWarningDays, s.licenceWarningDays);
    number(kFeverThreshold, s.feverThresholdC);
    number(kAccountsTolerance, s.accountsTolerancePct);
    for (const QString& c : map.value(kVisitorChecks).split(QLatin1Char('\n')))
        if (!c.trimmed().isEmpty())
            s.visitorChecks << c.trimmed();
    for (int i = 0; i < s.patrolRoundTimes.size(); ++i) {
        const QString key = patrolRoundTime(i + 1);
        if (map.value(key).isEmpty())
            continue;
        const QTime t = QTime::fromString(map.value(key).trimmed(), QStringLiteral("H:mm"));
        if (t.isValid())
            s.patrolRoundTimes[i] = t;
        else if (problems)
            *problems << Issue::error(
                key, QCoreApplication::translate(
                         "Settings", "Setting %1 has an unreadable value \"%2\"; the default is used.")
                         .arg(key, map.value(key)));
    }
    number(kFixedAssetThreshold, s.fixedAssetThresholdFen);
    number(kSpecialEquipmentThreshold, s.specialEquipmentThresholdFen);
    for (const QString& c : map.value(kAssetCodePrefixes).split(QLatin1Char('\n')))
        if (!c.trimmed().isEmpty())
            s.assetCodePrefixes << c.trimmed();
    if (!map.value(kStocktakeWeeks).trimmed().isEmpty()) {
        if (auto weeks = parseWeeks(map.value(kStocktakeWeeks)))
            s.stocktakeWeeks = *weeks;
        else if (problems)
            *problems << Issue::error(
                kStocktakeWeeks,
                QCoreApplication::translate("Settings",
                                            "Setting %1 has an unreadable value \"%2\"; the default is used.")
                    .arg(kStocktakeWeeks, map.value(kStocktakeWeeks)));
    }
    number(kExamPassMark, s.examPassMark);
    if (!map.value(kAppraisalRubric).trimmed().isEmpty()) {
        const QList<RubricItem> rubric = parseRubric(map.value(kAppraisalRubric), problems);
        if (!rubric.isEmpty())
            s.appraisalRubric = rubric;
    }
    number(kGradeExcellent, s.gradeExcellent);
    number(kGradeGood, s.gradeGood);
    number(kGradePass, s.gradePass);
    number(kEarliestYear, s.earliestYear);
    number(kLatestYearsAhead, s.latestYearsAhead);
    for (const WindowSetting& w : windowSettings())
        number(w.key, s.*w.member);
    return s;
}

Issues validateRubric(const QList<RubricItem>& rubric) {
    using namespace settingkey;
    Issues out;
    if (rubric.isEmpty()) {
        out << Issue::error(kAppraisalRubric,
                            QCoreApplication::translate("Settings", "Enter at least one appraisal item."));
        return out;
    }
    QStringList seen;
    double total = 0;
    for (const RubricItem& item : rubric) {
        if (item.name.isEmpty() || item.name.size() > 20)
            out << Issue::error(
                kAppraisalRubric,
                QCoreApplication::translate(
                    "Settings", "An appraisal item is a short name (at most 20 characters): \"%1\".")
                    .arg(item.name));
        else if (seen.contains(item.name))
            out << Issue::error(kAppraisalRubric, QCoreApplication::translate(
                                                      "Settings", "Appraisal item \"%1\" is listed twice.")
                                                      .arg(item.name));
        seen << item.name;
        if (item.weight <= 0 || item.weight > 100)
            out << Issue::error(kAppraisalRubric,
                                QCoreApplication::translate(
                                    "Settings", "The weight of \"%1\" must be above 0% and at most 100%.")
                                    .arg(item.name));
        total += item.weight;
    }
    // Weights are whole or tenth percents: compare in tenths so 33.3 + 33.3 + 33.4 totals 100.
    if (qRound(total * 10) != 1000)
        out << Issue::error(
            kAppraisalRubric,
            QCoreApplication::translate("Settings", "The appraisal weights total %1%; they must total 100%.")
                .arg(QString::number(total, 'g', 6)));
    return out;
}

Issues KindergartenSettings::validate() const {
    using namespace settingkey;
    Issues out;
    if (name.trimmed().isEmpty())
        out << Issue::error(kName, QCoreApplication::translate("Settings", "Enter the kindergarten's name."));
    if (name.size() > 100)
        out << Issue::error(
            kName, QCoreApplication::translate("Settings", "The name is too long (at most 100 characters)."));
    if (campuses.isEmpty())
        out << Issue::error(kCampuses, QCoreApplication::translate("Settings", "Enter at least one campus."));
    QStringList seen;
    for (const QString& c : campuses) {
        if (seen.contains(c))
            out << Issue::error(
                kCampuses, QCoreApplication::translate("Settings", "Campus \"%1\" is listed twice.").arg(c));
        seen << c;
    }
    QStringList checks;
    for (const QString& c : visitorChecks) {
        if (c.size() > 20 || hasListSeparator(c) || c.contains(QLatin1Char('\n')))
            out << Issue::error(
                kVisitorChecks,
                QCoreApplication::translate(
                    "Settings", "A visitor check is a short name (at most 20 characters): \"%1\".")
                    .arg(c));
        else if (checks.contains(c))
            out << Issue::error(
                kVisitorChecks,
                QCoreApplication::translate("Settings", "Visitor check \"%1\" is listed twice.").arg(c));
        checks << c;
    }
    if (minSampleWeightG < 50 || minSampleWeightG > 500)
        out << Issue::error(kMinSampleWeight,
                            QCoreApplication::translate(
                                "Settings", "The minimum sample weight must be between 50 g and 500 g."));
    if (sampleHoldHours < 24 || sampleHoldHours > 168)
        out << Issue::error(kHoldHours, QCoreApplication::translate(
                                            "Settings", "The hold time must be between 24 and 168 hours."));
    if (fridgeMinC >= fridgeMaxC)
        out << Issue::error(kFridgeMax,
                            QCoreApplication::translate(
                                "Settings", "The fridge range's upper limit must be above its lower limit."));
    if (fridgeMinC < -30 || fridgeMaxC > 20)
        out << Issue::error(
            kFridgeMin,
            QCoreApplication::translate("Settings", "The fridge range must lie between -30 °C and 20 °C."));
    // The rapid test's kits are read at 50%; a kindergarten may be stricter, never lax enough to pass
    // nearly everything or strict enough to fail nearly everything.
    if (pesticideThresholdPct < 10 || pesticideThresholdPct > 90)
        out << Issue::error(kPesticideThreshold,
                            QCoreApplication::translate(
                                "Settings", "The pesticide test threshold must be between 10% and 90%."));
    if (certificateWarningDays < 1 || certificateWarningDays > 180)
        out << Issue::error(
            kCertificateWarningDays,
            QCoreApplication::translate("Settings",
                                        "The health certificate warning must be between 1 and 180 days."));
    if (licenceWarningDays < 1 || licenceWarningDays > 180)
        out << Issue::error(kLicenceWarningDays,
                            QCoreApplication::translate(
                                "Settings", "The supplier licence warning must be between 1 and 180 days."));
    if (feverThresholdC < 37.0 || feverThresholdC > 38.5)
        out << Issue::error(kFeverThreshold,
                            QCoreApplication::translate(
                                "Settings", "The fever threshold must be between 37.0 °C and 38.5 °C."));
    if (accountsTolerancePct < 0 || accountsTolerancePct > 20)
        out << Issue::error(kAccountsTolerance,
                            QCoreApplication::translate(
                                "Settings", "The canteen account tolerance must be between 0% and 20%."));
    if (patrolRoundTimes.size() != 3)
        out << Issue::error(
            patrolRoundTime(1),
            //: zh_CN "一日三巡需要三个巡查时间。"
            QCoreApplication::translate("Settings", "The daily walk-throughs need three round times."));
    for (int i = 0; i < patrolRoundTimes.size(); ++i) {
        if (!patrolRoundTimes.at(i).isValid())
            out << Issue::error(
                patrolRoundTime(i + 1),
                //: zh_CN "第 %1 巡的时间无效。"
                QCoreApplication::translate("Settings", "Round %1's time is not a time of day.").arg(i + 1));
        else if (i > 0 && patrolRoundTimes.at(i - 1).isValid() &&
                 patrolRoundTimes.at(i) <= patrolRoundTimes.at(i - 1))
            out << Issue::error(
                patrolRoundTime(i + 1),
                //: zh_CN "第 %1 巡的时间（%2）必须晚于第 %3 巡（%4）。"
                QCoreApplication::translate("Settings", "Round %1 (%2) must come after round %3 (%4).")
                    .arg(i + 1)
                    .arg(patrolRoundTimes.at(i).toString(QStringLiteral("HH:mm")))
                    .arg(i)
                    .arg(patrolRoundTimes.at(i - 1).toString(QStringLiteral("HH:mm"))));
    }
    // Between 100 and 100,000 yuan: the national rule is 1,000 (1,500 for special equipment); a
    // kindergarten's finance office may set its own, not one that makes everything or nothing fixed.
    for (const auto& [key, fen] : {std::pair{kFixedAssetThreshold, fixedAssetThresholdFen},
                                   std::pair{kSpecialEquipmentThreshold, specialEquipmentThresholdFen}})
        if (fen < 10000 || fen > 10000000)
            out << Issue::error(
                key, QCoreApplication::translate(
                         "Settings", "A fixed asset threshold must be between 100.00 and 100,000.00 yuan."));
    if (specialEquipmentThresholdFen < fixedAssetThresholdFen)
        out << Issue::error(kSpecialEquipmentThreshold,
                            QCoreApplication::translate("Settings",
                                                        "The special equipment threshold cannot be "
                                                        "below the general fixed asset threshold."));
    static const QRegularExpression prefixRe(QStringLiteral("^[A-Z0-9]{1,6}$"));
    QStringList prefixes;
    for (const QString& line : assetCodePrefixes) {
        const qsizetype eq = line.lastIndexOf(QLatin1Char('='));
        const QString campus = eq > 0 ? line.left(eq).trimmed() : QString();
        const QString prefix = eq > 0 ? line.mid(eq + 1).trimmed() : QString();
        if (!campuses.contains(campus) || !prefixRe.match(prefix).hasMatch())
            out << Issue::error(
                kAssetCodePrefixes,
                QCoreApplication::translate("Settings", "Write an asset code prefix as campus=prefix, with a "
                                                        "campus of the list and 1 to 6 capital letters or "
                                                        "digits: \"%1\".")
                    .arg(line));
        else if (prefixes.contains(prefix))
            out << Issue::error(
                kAssetCodePrefixes,
                QCoreApplication::translate("Settings", "Two campuses have the asset code prefix \"%1\".")
                    .arg(prefix));
        prefixes << prefix;
    }
    for (int week : stocktakeWeeks)
        if (week < 1 || week > 30)
            out << Issue::error(kStocktakeWeeks,
                                //: zh_CN "资产清点周次须在第 1 至第 30 周之间（现为 %1）。"
                                QCoreApplication::translate(
                                    "Settings", "A stocktake week must be from week 1 to week 30 (not %1).")
                                    .arg(week));
    if (examPassMark < 0 || examPassMark > 100)
        out << Issue::error(
            kExamPassMark,
            QCoreApplication::translate("Settings", "The exam's pass mark must be between 0 and 100."));
    out << validateRubric(appraisalRubric);
    if (!(gradePass > 0 && gradePass < gradeGood && gradeGood < gradeExcellent && gradeExcellent <= 100))
        out << Issue::error(
            kGradeExcellent,
            QCoreApplication::translate("Settings", "The appraisal grades must rise: 0 < 合格 < 良好 < 优秀 "
                                                    "≤ 100 (now %1, %2, %3).")
                .arg(gradePass)
                .arg(gradeGood)
                .arg(gradeExcellent));
    if (earliestYear < 1900 || earliestYear > 2100)
        out << Issue::error(kEarliestYear,
                            QCoreApplication::translate(
                                "Settings", "The earliest year of records must be between 1900 and 2100."));
    if (latestYearsAhead < 1 || latestYearsAhead > 100)
        out << Issue::error(
            kLatestYearsAhead,
            QCoreApplication::translate("Settings", "Dates may lie between 1 and 100 years ahead, not %1.")
                .arg(latestYearsAhead));
    for (const WindowSetting& w : windowSettings())
        if (this->*w.member < w.min || this->*w.member > w.max)
            out << Issue::error(w.key,
                                QCoreApplication::translate("Settings", w.message).arg(w.min).arg(w.max));
    return out;
}

} // namespace houqin
